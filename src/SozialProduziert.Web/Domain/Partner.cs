namespace SozialProduziert.Web.Domain;

/// <summary>A participating company or public buyer with its showcase page ("virtuelle Auslage").</summary>
public class Partner : PublishableContent
{
    public string Name { get; set; } = "";

    public PartnerKind Kind { get; set; }

    public string? Sector { get; set; }

    public int DistrictId { get; set; }

    public District? District { get; set; }

    public int? LogoId { get; set; }

    public MediaImage? Logo { get; set; }

    public string? Website { get; set; }

    public string Teaser { get; set; } = "";

    public string ShowcaseMarkdown { get; set; } = "";

    public int? ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    public List<BestPracticeExample> Examples { get; set; } = [];

    public override IEnumerable<string?> SearchableFields() => [Name, Sector, Teaser, ShowcaseMarkdown];
}

public enum PartnerKind
{
    Company = 0,
    PublicBuyer = 1,
    Municipality = 2,
}
