using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

/// <summary>
/// The filters of the Sozialbetrieb list as they appear in the URL. Bound as strings and parsed leniently:
/// a malformed or unknown value is ignored rather than answered with an error.
/// </summary>
public sealed class SocialEnterpriseFilterInput
{
    [FromQuery(Name = "bezirk")]
    public string? District { get; set; }

    [FromQuery(Name = "feld")]
    public string? Field { get; set; }

    [FromQuery(Name = "segment")]
    public string? Segment { get; set; }

    [FromQuery(Name = "guetesiegel")]
    public string? QualityMark { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public string? DistrictValue => FilterValue.SlugOrNull(District);

    public string? FieldValue => FilterValue.SlugOrNull(Field);

    public string? SegmentValue => SegmentChoice.Normalize(Segment);

    public IReadOnlyList<LabourMarketSegment>? Segments => SegmentChoice.Parse(Segment);

    public string? QualityMarkValue => FilterValue.SlugOrNull(QualityMark);

    public string? TextValue => FilterValue.TextOrNull(Text);

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["bezirk"] = DistrictValue,
        ["feld"] = FieldValue,
        ["segment"] = SegmentValue,
        ["guetesiegel"] = QualityMarkValue,
        ["q"] = TextValue,
    };

    public bool IsFiltered => ToQuery().Values.Any(v => !string.IsNullOrEmpty(v));
}
