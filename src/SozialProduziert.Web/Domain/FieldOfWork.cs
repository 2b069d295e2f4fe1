namespace SozialProduziert.Web.Domain;

/// <summary>A trade a Sozialbetrieb works in (Holz, Textil, Lettershop & Versand …); an editable list.</summary>
public class FieldOfWork
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public int SortOrder { get; set; }

    public List<SocialEnterprise> SocialEnterprises { get; set; } = [];

    public List<BestPracticeExample> Examples { get; set; } = [];
}
