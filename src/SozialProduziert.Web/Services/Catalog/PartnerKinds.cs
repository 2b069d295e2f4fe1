using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>
/// The German URL keys of the partner kinds for the showcase filter ("?art=gemeinde"). Plain static methods,
/// not a UrlKey extension, so a later UrlKey(PartnerKind) in GermanLabels cannot make calls ambiguous.
/// </summary>
public static class PartnerKinds
{
    public static string UrlKey(PartnerKind kind) => kind switch
    {
        PartnerKind.Company => "unternehmen",
        PartnerKind.PublicBuyer => "oeffentlich",
        PartnerKind.Municipality => "gemeinde",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static PartnerKind? FromUrlKey(string? key) => GermanLabels.FromUrlKey<PartnerKind>(key, UrlKey);

    public static IReadOnlyList<OptionViewModel> Options() =>
        Enum.GetValues<PartnerKind>().Select(k => new OptionViewModel(UrlKey(k), k.Label())).ToList();
}
