using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Offers;

public sealed class OfferDetailViewModel
{
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public OfferKind Kind { get; init; }

    public string DescriptionMarkdown { get; init; } = "";

    public string FieldOfWork { get; init; } = "";

    public string FieldOfWorkSlug { get; init; } = "";

    public string? IndicativePrice { get; init; }

    public string? LeadTime { get; init; }

    public string? MinimumQuantity { get; init; }

    public string EnterpriseName { get; init; } = "";

    public string EnterpriseSlug { get; init; } = "";

    public string EnterpriseTeaser { get; init; } = "";

    public LabourMarketSegment EnterpriseSegment { get; init; }

    public string DistrictName { get; init; } = "";

    public DistrictKind DistrictKind { get; init; }

    public string Location => DistrictLabel.Format(DistrictName, DistrictKind);

    public string? EnterpriseEmail { get; init; }

    public string? EnterprisePhone { get; init; }

    public IReadOnlyList<int> GalleryImageIds { get; init; } = [];

    public IReadOnlyList<ImageViewModel> Gallery { get; set; } = [];

    public bool HasFacts => !string.IsNullOrWhiteSpace(IndicativePrice) || !string.IsNullOrWhiteSpace(LeadTime) || !string.IsNullOrWhiteSpace(MinimumQuantity);

    public InquiryViewModel Inquiry => InquiryViewModel.ForOffer(EnterpriseName, Slug);

    /// <summary>Offers carry no teaser, so the meta description is composed from what the page states.</summary>
    public string Summary => $"{Title}: {Kind.Label()} aus dem Arbeitsfeld {FieldOfWork} von {EnterpriseName} ({Location}). Jetzt unverbindlich anfragen.";
}
