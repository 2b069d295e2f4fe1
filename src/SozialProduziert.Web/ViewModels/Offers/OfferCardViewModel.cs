using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Offers;

/// <summary>An offer as a card: in the offer list and on the profile of its Sozialbetrieb.</summary>
public sealed class OfferCardViewModel
{
    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public OfferKind Kind { get; init; }

    public string FieldOfWork { get; init; } = "";

    public string EnterpriseName { get; init; } = "";

    public string EnterpriseSlug { get; init; } = "";

    public string DistrictName { get; init; } = "";

    public DistrictKind DistrictKind { get; init; }

    public string Location => DistrictLabel.Format(DistrictName, DistrictKind);

    public string? IndicativePrice { get; init; }

    public int? ImageId { get; init; }

    public ImageViewModel? Image { get; set; }

    /// <summary>False on the Sozialbetrieb's own profile, where repeating its name on every card is noise.</summary>
    public bool ShowEnterprise { get; set; } = true;
}
