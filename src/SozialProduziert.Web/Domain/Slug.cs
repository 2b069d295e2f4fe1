using System.Text;

namespace SozialProduziert.Web.Domain;

/// <summary>Builds URL slugs from German titles: "Grünraumpflege & Straßenreinigung" → "gruenraumpflege-strassenreinigung".</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string? text)
    {
        var folded = GermanText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = builder.Length > MaxLength ? builder.ToString(0, MaxLength).TrimEnd('-') : builder.ToString();
        return slug.Length == 0 ? "eintrag" : slug;
    }

    /// <summary>True when a value from a URL can be a slug at all, so lookups of garbage are skipped.</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
