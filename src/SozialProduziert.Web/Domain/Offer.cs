namespace SozialProduziert.Web.Domain;

/// <summary>A product or service a Sozialbetrieb offers to firms and public buyers.</summary>
public class Offer : PublishableContent
{
    public int SocialEnterpriseId { get; set; }

    public SocialEnterprise? SocialEnterprise { get; set; }

    public OfferKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string DescriptionMarkdown { get; set; } = "";

    public int FieldOfWorkId { get; set; }

    public FieldOfWork? FieldOfWork { get; set; }

    /// <summary>Free text such as "ab € 4,50 pro Stück", because prices depend on quantity and effort.</summary>
    public string? IndicativePrice { get; set; }

    public string? LeadTime { get; set; }

    public string? MinimumQuantity { get; set; }

    public List<OfferImage> Images { get; set; } = [];

    public override IEnumerable<string?> SearchableFields() => [Title, DescriptionMarkdown];
}

public enum OfferKind
{
    Product = 0,
    Service = 1,
}

public class OfferImage
{
    public int OfferId { get; set; }

    public int MediaImageId { get; set; }

    public MediaImage? MediaImage { get; set; }

    public int SortOrder { get; set; }
}
