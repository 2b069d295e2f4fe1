using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Examples;
using SozialProduziert.Web.ViewModels.Offers;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

public sealed class SocialEnterpriseDetailViewModel
{
    /// <summary>Only to load the offers and examples of this Sozialbetrieb; never rendered.</summary>
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Name { get; init; } = "";

    public string Teaser { get; init; } = "";

    public string ProfileMarkdown { get; init; } = "";

    public LabourMarketSegment Segment { get; init; }

    public string? LegalForm { get; init; }

    public string DistrictName { get; init; } = "";

    public string DistrictSlug { get; init; } = "";

    public DistrictKind DistrictKind { get; init; }

    public string Location => DistrictLabel.Format(DistrictName, DistrictKind);

    public string? Street { get; init; }

    public string? PostalCode { get; init; }

    public string? Town { get; init; }

    public string? ContactPerson { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public int? LogoId { get; init; }

    public ImageViewModel? Logo { get; set; }

    /// <summary>Slug and name, so each field links to the list filtered by it.</summary>
    public IReadOnlyList<OptionViewModel> FieldsOfWork { get; set; } = [];

    public IReadOnlyList<QualityMarkViewModel> QualityMarks { get; set; } = [];

    public IReadOnlyList<OfferCardViewModel> Offers { get; set; } = [];

    public IReadOnlyList<ExampleCardViewModel> Examples { get; set; } = [];

    public string? TownLine => string.Join(' ', new[] { PostalCode, Town }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public bool HasAddress => !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(TownLine);

    public InquiryViewModel Inquiry => InquiryViewModel.ForEnterprise(Name, Slug);
}

public sealed record QualityMarkViewModel(string Slug, string Name, string? Description);
