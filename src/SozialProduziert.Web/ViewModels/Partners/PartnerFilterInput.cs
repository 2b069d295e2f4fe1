using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Web.ViewModels.Partners;

/// <summary>
/// The filters of the showcase list as they appear in the URL. Bound as strings and parsed leniently:
/// a malformed or unknown value is ignored rather than answered with an error.
/// </summary>
public sealed class PartnerFilterInput
{
    [FromQuery(Name = "art")]
    public string? Kind { get; set; }

    [FromQuery(Name = "bezirk")]
    public string? District { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public PartnerKind? KindValue => PartnerKinds.FromUrlKey(Kind);

    /// <summary>The district slug when it can be one at all; a well-formed but unknown slug simply finds nothing.</summary>
    public string? DistrictValue => Slug.IsWellFormed(District) ? District : null;

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["art"] = KindValue is { } kind ? PartnerKinds.UrlKey(kind) : null,
        ["bezirk"] = DistrictValue,
    };

    public bool IsFiltered => KindValue is not null || DistrictValue is not null;
}
