namespace SozialProduziert.Web.Domain;

/// <summary>A downloadable document such as the project's final report.</summary>
public class Download : PublishableContent
{
    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public int StoredFileId { get; set; }

    public StoredFile? StoredFile { get; set; }

    public override IEnumerable<string?> SearchableFields() => [Title, Description];
}

/// <summary>File bytes kept in the database, so a backup of the database is a backup of everything.</summary>
public class StoredFile
{
    public int Id { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Data { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}
