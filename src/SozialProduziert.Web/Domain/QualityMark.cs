namespace SozialProduziert.Web.Domain;

/// <summary>A quality seal a Sozialbetrieb holds (e.g. goodworks, arbeit plus Gütesiegel).</summary>
public class QualityMark
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    public string? Website { get; set; }

    public List<SocialEnterprise> SocialEnterprises { get; set; } = [];
}
