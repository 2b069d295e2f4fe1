namespace SozialProduziert.Web.Domain;

/// <summary>A Sozialbetrieb: a work-integration social enterprise that takes orders from firms and public buyers.</summary>
public class SocialEnterprise : PublishableContent
{
    public string Name { get; set; } = "";

    public string Teaser { get; set; } = "";

    public string ProfileMarkdown { get; set; } = "";

    public LabourMarketSegment Segment { get; set; }

    public string? LegalForm { get; set; }

    public int DistrictId { get; set; }

    public District? District { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? Town { get; set; }

    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public int? LogoId { get; set; }

    public MediaImage? Logo { get; set; }

    public List<FieldOfWork> FieldsOfWork { get; set; } = [];

    public List<QualityMark> QualityMarks { get; set; } = [];

    public List<Offer> Offers { get; set; } = [];

    public List<BestPracticeExample> Examples { get; set; } = [];

    public override IEnumerable<string?> SearchableFields() => [Name, Teaser, ProfileMarkdown, Town, LegalForm];
}
