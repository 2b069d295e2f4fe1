using System.Globalization;
using System.Text.RegularExpressions;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>
/// Reads a whole number as staff in Austria type it: "12500", "12.500" or "12 500". Forms bind such fields
/// as text, so a typo is kept as typed and answered with a German message instead of the binder's English one.
/// </summary>
public static partial class GermanWholeNumber
{
    /// <summary>True for an empty field (value null) or a well-formed number from 0 to int.MaxValue.</summary>
    public static bool TryParse(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var compact = text.Trim();
        // Separators only count between complete groups of three, so "1.5" (a decimal) is refused, never read as 15.
        if (!Grouped().IsMatch(compact))
        {
            return false;
        }

        var digits = new string(compact.Where(char.IsAsciiDigit).ToArray());
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        value = number;
        return true;
    }

    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]+|[0-9]{1,3}([.\u0020\u00A0\u202F][0-9]{3})+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Grouped();
}
