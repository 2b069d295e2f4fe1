namespace SozialProduziert.Web.Domain;

/// <summary>
/// The words of folded text as the search sees them: the runs of characters between separators, which are control
/// characters, blanks and the punctuation a query is split at. A query's terms are such words too
/// (<see cref="Services.Catalog.TextSearch.Terms"/>), so a term never holds a separator, and it occurs in a text exactly
/// when it occurs inside one of the text's words. That is why the stored search text can keep each word once, and why
/// SQLite can answer a search from an index of whole words (<see cref="Data.SqliteWordIndex"/>).
/// </summary>
public static class SearchWords
{
    /// <summary>Separators besides the control characters (tab and line breaks among them); the word index's tokenizer names the same.</summary>
    public const string Punctuation = " ,;.-/\"'";

    public static bool IsSeparator(char c) => char.IsControl(c) || Punctuation.Contains(c, StringComparison.Ordinal);

    /// <summary>The distinct words of <paramref name="folded"/>, in the order they first occur.</summary>
    public static IEnumerable<string> Of(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && !IsSeparator(folded[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && folded[start..i] is var word && seen.Add(word))
            {
                yield return word;
            }

            start = -1;
        }
    }

    /// <summary>
    /// The search text of an item: its words, each once, separated by single blanks. It matches every term the full
    /// text matches, is about half as long, and the word index's triggers can split it at its blanks.
    /// </summary>
    public static string SearchText(string folded) => string.Join(' ', Of(folded));
}
