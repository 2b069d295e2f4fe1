using System.Text.RegularExpressions;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Matching;

/// <summary>
/// Which fields of work a need's text asks for. Each field has a few folded word stems; a stem matches the start of
/// a word ("naeh" → "naeherei"), a stem marked with * anywhere in it ("*banner" → "werbebanner"), so that
/// "Reststoffe" does not count as textile while "Stoffreste" does. Fields added later match by their own name.
/// </summary>
public static partial class FieldKeywords
{
    private static readonly Dictionary<string, string[]> Stems = new(StringComparer.Ordinal)
    {
        ["holz"] = ["holz", "tischler", "moebel", "palette", "kiste", "brett", "*holz"],
        ["metall"] = ["metall", "schlosser", "stahl", "blech", "schweiss", "alu", "*metall"],
        ["textil"] = ["textil", "*textil", "stoff", "plane", "*planen", "*banner", "naeh", "*kleidung", "tasche", "*taschen", "beutel", "fahne", "shirt", "leinen", "filz"],
        ["montage & verpackung"] = ["montage", "montier", "verpack", "konfektion", "kommission", "etikett", "sortier", "zusammenbau", "*verpackung"],
        ["lettershop & versand"] = ["lettershop", "versand", "kuvert", "mailing", "aussendung", "postwurf", "*versand"],
        ["druck"] = ["druck", "flyer", "broschuere", "visitenkarte", "plakat", "*druck"],
        ["gruenraumpflege"] = ["gruenraum", "garten", "rasen", "maeh", "hecke", "gruenflaech", "winterdienst", "baumpflege"],
        ["reinigung"] = ["reinig", "putz", "sauber", "*reinigung"],
        ["catering"] = ["catering", "kantine", "buffet", "verpflegung", "kueche", "mittagstisch", "jause", "essen"],
        ["it-refurbishing"] = ["laptop", "computer", "notebook", "hardware", "refurbish", "smartphone", "bildschirm", "monitor", "=pc", "=it"],
        ["upcycling"] = ["upcycl", "*upcycl", "upgecycel", "*upgecycel", "reststoff", "*reststoff", "verschnitt", "restmaterial", "wiederverwert", "altmaterial", "recycl", "*recycl"],
    };

    /// <summary>The folded words of a text, split at everything that is not a letter or digit.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        WordPattern().Matches(GermanText.Fold(text)).Select(m => m.Value).ToList();

    /// <summary>The names (as given) of the fields of work the words ask for.</summary>
    public static IReadOnlySet<string> FieldsAskedFor(IReadOnlyList<string> words, IEnumerable<string> fieldNames)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(fieldNames);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fieldNames)
        {
            var stems = Stems.TryGetValue(GermanText.Fold(name), out var known) ? known : [GermanText.Fold(name)];
            if (stems.Any(stem => words.Any(word => Matches(stem, word))))
            {
                asked.Add(name);
            }
        }

        return asked;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex WordPattern();

    private static bool Matches(string stem, string word) => stem[0] switch
    {
        '*' => word.Contains(stem[1..], StringComparison.Ordinal),
        '=' => word == stem[1..],
        _ => word.StartsWith(stem, StringComparison.Ordinal),
    };
}
