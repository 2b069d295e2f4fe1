using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

/// <summary>A Sozialbetrieb as a card in lists.</summary>
public sealed class SocialEnterpriseCardViewModel
{
    public string Slug { get; init; } = "";

    public string Name { get; init; } = "";

    public string Teaser { get; init; } = "";

    public LabourMarketSegment Segment { get; init; }

    public string DistrictName { get; init; } = "";

    public DistrictKind DistrictKind { get; init; }

    public string Location => DistrictLabel.Format(DistrictName, DistrictKind);

    public IReadOnlyList<string> FieldsOfWork { get; init; } = [];

    public int? LogoId { get; init; }

    public ImageViewModel? Logo { get; set; }
}
