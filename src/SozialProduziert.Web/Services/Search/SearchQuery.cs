using System.Globalization;
using System.Text;

namespace SozialProduziert.Web.Services.Search;

/// <summary>Turns whatever arrives in <c>?q=</c> into the text the search runs with and the page shows again.</summary>
public static class SearchQuery
{
    public const int MaxLength = 100;

    /// <summary>
    /// Control characters become spaces and format characters (bidi overrides, zero-width marks) are dropped,
    /// so the echoed query can neither break the page's text nor reorder it; runs of white space collapse,
    /// and the result is cut to <see cref="MaxLength"/> without splitting a surrogate pair.
    /// </summary>
    public static string Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }

        // Only the start can survive the cut; scanning a 5000-character query in full is pointless.
        var span = raw.AsSpan(0, Math.Min(raw.Length, MaxLength * 4));
        var builder = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control: builder.Append(' '); break;
                case UnicodeCategory.Format: break;
                default: builder.Append(c); break;
            }
        }

        var text = string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..cut].TrimEnd();
    }
}
