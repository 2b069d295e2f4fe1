using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

/// <summary>
/// The values of the segment filter: each of the four segments by its URL key, plus the two labour markets
/// as groups ("2am", "3am"), because visitors often know only which market they want to work with.
/// </summary>
public static class SegmentChoice
{
    public const string SecondLabourMarket = "2am";
    public const string ThirdLabourMarket = "3am";

    /// <summary>The segments a filter value stands for; null for an empty or unknown value (no filter).</summary>
    public static IReadOnlyList<LabourMarketSegment>? Parse(string? key) => key switch
    {
        SecondLabourMarket => Enum.GetValues<LabourMarketSegment>().Where(s => s.IsSecondLabourMarket()).ToList(),
        ThirdLabourMarket => Enum.GetValues<LabourMarketSegment>().Where(s => !s.IsSecondLabourMarket()).ToList(),
        _ => GermanLabels.FromUrlKey<LabourMarketSegment>(key, s => s.UrlKey()) is { } segment ? [segment] : null,
    };

    /// <summary>The canonical form of a filter value, so the URL and the selected option only ever hold known keys.</summary>
    public static string? Normalize(string? key) => Parse(key) is null ? null : key;

    /// <summary>Each market first, followed by its segments.</summary>
    public static IReadOnlyList<OptionViewModel> Options()
    {
        var segments = Enum.GetValues<LabourMarketSegment>();
        return
        [
            new(SecondLabourMarket, "2. Arbeitsmarkt (alle)"),
            .. segments.Where(s => s.IsSecondLabourMarket()).Select(s => new OptionViewModel(s.UrlKey(), s.Label())),
            new(ThirdLabourMarket, "3. Arbeitsmarkt (alle)"),
            .. segments.Where(s => !s.IsSecondLabourMarket()).Select(s => new OptionViewModel(s.UrlKey(), s.Label())),
        ];
    }
}
