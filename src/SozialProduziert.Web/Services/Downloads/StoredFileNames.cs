using System.Text;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Downloads;

/// <summary>
/// Turns whatever name a browser sends into one that is safe in a Content-Disposition header and on any disk:
/// "C:\Berichte\Endbericht Soziale Produktion (März).PDF" → "Endbericht-Soziale-Produktion-Maerz.pdf".
/// Only ASCII letters, digits, dot, dash and underscore remain; umlauts are transliterated as in slugs.
/// </summary>
public static class StoredFileNames
{
    private const int MaxStemLength = 120;

    public static string Sanitize(string? uploadedName, string extension)
    {
        ArgumentException.ThrowIfNullOrEmpty(extension);
        var name = uploadedName ?? "";

        // Some browsers send the whole client path; only its last segment is the file's name.
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^extension.Length];
        }

        var stem = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in Transliterate(name))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            {
                if (pendingDash)
                {
                    stem.Append('-');
                    pendingDash = false;
                }

                stem.Append(c);
            }
            else
            {
                pendingDash = stem.Length > 0;
            }
        }

        // A leading dot would hide the file on Unix; trailing separators look like typos.
        var clean = stem.ToString().Trim('.', '-', '_');
        if (clean.Length > MaxStemLength)
        {
            clean = clean[..MaxStemLength].TrimEnd('.', '-', '_');
        }

        return (clean.Length == 0 ? "dokument" : clean) + extension.ToLowerInvariant();
    }

    /// <summary>Umlauts and accents the way <see cref="GermanText.Fold"/> writes them, keeping upper case ("Ä" → "Ae").</summary>
    private static IEnumerable<char> Transliterate(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                yield return c;
                continue;
            }

            var folded = GermanText.Fold(c.ToString());
            for (var i = 0; i < folded.Length; i++)
            {
                yield return i == 0 && char.IsUpper(c) ? char.ToUpperInvariant(folded[i]) : folded[i];
            }

            if (folded.Length == 0)
            {
                yield return ' ';
            }
        }
    }
}
