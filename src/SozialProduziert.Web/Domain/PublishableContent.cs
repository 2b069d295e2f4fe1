namespace SozialProduziert.Web.Domain;

/// <summary>
/// Common shape of every curated item: addressable by slug, published on a date, searchable.
/// Not an EF inheritance root: each derived type gets its own table with these columns.
/// </summary>
public abstract class PublishableContent
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public PublishState State { get; set; } = PublishState.Draft;

    /// <summary>UTC instant from which a published item is visible; a future value schedules it.</summary>
    public DateTime PublishAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Set when the item was moved to the Papierkorb; it is then hidden everywhere until restored.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>Optimistic-concurrency token, raised on every save: a stale edit form cannot overwrite a newer one.</summary>
    public int Version { get; set; }

    /// <summary>
    /// The words of the searchable fields, folded (lower case, umlauts transliterated) and each once
    /// (<see cref="SearchWords.SearchText"/>): the text the public search matches against.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>
    /// The name or title folded like <see cref="SearchText"/> ("Ökowerkstatt" → "oekowerkstatt"). Lists sort by it,
    /// so umlauts sort with their letters on every database (SQLite compares bytes and put "Ö" after "Z"), and the
    /// search ranks title hits in SQL without loading every match.
    /// </summary>
    public string SortName { get; set; } = "";

    /// <summary>The human-readable fields the search should find this item by; the first is the name or title.</summary>
    public abstract IEnumerable<string?> SearchableFields();

    public bool IsPubliclyVisible(DateTime utcNow) => DeletedAt is null && State == PublishState.Published && PublishAt <= utcNow;
}
