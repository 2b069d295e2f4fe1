namespace SozialProduziert.Web.Domain;

/// <summary>An old slug of a renamed item, kept so that links to it answer 301 to the current address.</summary>
public class SlugRedirect
{
    public int Id { get; set; }

    /// <summary>The CLR name of the content type, e.g. "BestPracticeExample".</summary>
    public string ContentType { get; set; } = "";

    public string OldSlug { get; set; } = "";

    public int ContentId { get; set; }

    public DateTime CreatedAt { get; set; }
}
