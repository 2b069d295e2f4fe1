using System.Text;

namespace SozialProduziert.Web.Domain;

/// <summary>
/// Recognises the same firm under different spellings: "Donautal Druck & Medien GmbH", "DONAUTAL DRUCK UND MEDIEN
/// Ges.m.b.H." and "Donautal Druck Medien" share one key. Case, umlauts, punctuation, "und"/"&amp;" and a trailing
/// legal form are ignored.
/// </summary>
public static class CompanyNames
{
    public const int KeyLength = 200;

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "gmbh", "gesmbh", "gesellschaftmbh", "mbh", "ag", "kg", "og", "ohg", "oeg", "keg", "eu", "co", "cokg", "se", "egen", "gen", "kgaa", "ug",
    };

    public static string Key(string? name)
    {
        var words = Words(name);
        while (words.Count > 1 && LegalForms.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var key = string.Concat(words);
        return key.Length > KeyLength ? key[..KeyLength] : key;
    }

    /// <summary>
    /// True for a sole trader ("eingetragenes Unternehmen", e.U.): the firm name usually holds the owner's own name,
    /// so it is personal data and erased with the contact person.
    /// </summary>
    public static bool IsSoleTrader(string? name) => Words(name) is [.., "eu"];

    private static List<string> Words(string? name)
    {
        // Dots go first so that "Ges.m.b.H." and "e.U." become single words.
        var folded = GermanText.Fold(name).Replace(".", "", StringComparison.Ordinal);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => word != "und")
            .ToList();
    }
}
