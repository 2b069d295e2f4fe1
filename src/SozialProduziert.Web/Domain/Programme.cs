namespace SozialProduziert.Web.Domain;

/// <summary>A funded programme firms take part in, e.g. "Erfolg mit FAIRantwortung in Niederösterreich 2".</summary>
public class Programme
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Description { get; set; }

    public string? FundingBody { get; set; }

    public List<Partner> Partners { get; set; } = [];
}
