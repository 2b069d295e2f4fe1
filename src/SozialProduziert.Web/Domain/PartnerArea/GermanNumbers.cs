using System.Globalization;
using System.Text.RegularExpressions;

namespace SozialProduziert.Web.Domain.PartnerArea;

/// <summary>
/// Numbers as Austrian reports write them: "1.234,5". .NET's de-AT culture follows CLDR and groups with a
/// no-break space instead, which reads oddly in a sustainability report and cannot be typed; so formats and the
/// parser of typed values are fixed here.
/// </summary>
public static partial class GermanNumbers
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>With thousands dots and exactly <paramref name="decimals"/> places: "48.250,75".</summary>
    public static string Text(decimal value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Format);

    /// <summary>For a form field: thousands dots, only the places the value has ("1.300,5").</summary>
    public static string Input(decimal value) => value.ToString("#,##0.##", Format);

    /// <summary>
    /// A typed number: "1.234,5", "1234,5" or "1 234,5". A dot is only a thousands separator, so "1.5" (English
    /// habit) is refused instead of becoming 15.
    /// </summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var trimmed = (text ?? "").Trim().Replace('\u00a0', ' ').Replace('\u202f', ' ');
        if (!Typed().IsMatch(trimmed))
        {
            return false;
        }

        var plain = trimmed.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^-?(\d{1,3}([. ]\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex Typed();
}
