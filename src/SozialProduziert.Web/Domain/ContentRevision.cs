namespace SozialProduziert.Web.Domain;

/// <summary>A full snapshot of a content item as it was saved, so any earlier state can be compared and restored.</summary>
public class ContentRevision
{
    public int Id { get; set; }

    /// <summary>The CLR name of the content type, e.g. "BestPracticeExample".</summary>
    public string ContentType { get; set; } = "";

    public int ContentId { get; set; }

    /// <summary>1 for the first save of an item, counting up per item.</summary>
    public int Number { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>What happened, in German for the history list ("Angelegt", "Bearbeitet", "Veröffentlicht" …).</summary>
    public string Action { get; set; } = "";

    /// <summary>JSON of the item's fields and relation ids at that moment.</summary>
    public string Snapshot { get; set; } = "";
}
