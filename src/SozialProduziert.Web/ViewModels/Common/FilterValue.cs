using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>Lenient readers for filter values from the URL: anything malformed counts as "no filter", never as an error.</summary>
public static class FilterValue
{
    public const int MaxTextLength = 100;

    /// <summary>The value when it can be a slug at all; garbage (or a 5000-character value) is ignored before it reaches SQL.</summary>
    public static string? SlugOrNull(string? value) => Slug.IsWellFormed(value) ? value : null;

    /// <summary>Trimmed search text cut to a sane length, or null when blank.</summary>
    public static string? TextOrNull(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, MaxTextLength)];
    }
}
