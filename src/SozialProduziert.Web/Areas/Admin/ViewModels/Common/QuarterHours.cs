using System.Globalization;
using System.Text.RegularExpressions;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>
/// Reads a duration as staff type it, in hours: "4", "1,5", "1.25" or "1:30". Consulting is booked in quarter hours,
/// so anything else (such as "1,1" or "0:20") is refused rather than rounded.
/// </summary>
public static partial class QuarterHours
{
    /// <summary>True for a well-formed duration in whole quarter hours; <paramref name="minutes"/> holds it.</summary>
    public static bool TryParse(string? text, out int minutes)
    {
        minutes = 0;
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        int fraction;
        if (match.Groups["minutes"].Success)
        {
            fraction = int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture);
            if (fraction >= 60)
            {
                return false;
            }
        }
        else if (match.Groups["decimal"].Success)
        {
            // "1,5" is 90 minutes, "1,25" is 75: the decimals are a fraction of an hour.
            var digits = match.Groups["decimal"].Value.PadRight(4, '0')[..4];
            var tenThousandths = int.Parse(digits, CultureInfo.InvariantCulture);
            if (tenThousandths * 60 % 10_000 != 0)
            {
                return false;
            }

            fraction = tenThousandths * 60 / 10_000;
        }
        else
        {
            fraction = 0;
        }

        minutes = (hours * 60) + fraction;
        return minutes % 15 == 0;
    }

    /// <summary>The form value of a duration: "4", "1,5", "10,25".</summary>
    public static string Format(int minutes) => (minutes / 60m).ToString("0.##", CultureInfo.GetCultureInfo("de-AT"));

    [GeneratedRegex(@"^(?<hours>[0-9]{1,3})(?:[.,](?<decimal>[0-9]{1,4})|:(?<minutes>[0-9]{2}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
