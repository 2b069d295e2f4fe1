using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Offers;

/// <summary>
/// The filters of the offer list as they appear in the URL. Bound as strings and parsed leniently:
/// a malformed or unknown value is ignored rather than answered with an error.
/// </summary>
public sealed class OfferFilterInput
{
    [FromQuery(Name = "art")]
    public string? Kind { get; set; }

    [FromQuery(Name = "feld")]
    public string? Field { get; set; }

    [FromQuery(Name = "bezirk")]
    public string? District { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public OfferKind? KindValue => GermanLabels.FromUrlKey<OfferKind>(Kind, k => k.UrlKey());

    public string? FieldValue => FilterValue.SlugOrNull(Field);

    public string? DistrictValue => FilterValue.SlugOrNull(District);

    public string? TextValue => FilterValue.TextOrNull(Text);

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["art"] = KindValue?.UrlKey(),
        ["feld"] = FieldValue,
        ["bezirk"] = DistrictValue,
        ["q"] = TextValue,
    };

    public bool IsFiltered => ToQuery().Values.Any(v => !string.IsNullOrEmpty(v));
}
