namespace SozialProduziert.Web.Domain;

/// <summary>An image with its alt text; its pixels live in a fixed set of re-encoded variants.</summary>
public class MediaImage
{
    public int Id { get; set; }

    public string AltText { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<MediaVariant> Variants { get; set; } = [];

    /// <summary>
    /// The variants' addresses and widths in one column (<see cref="Services.Media.VariantManifest"/>), so a page with
    /// two dozen pictures reads one row per picture instead of one per variant. Written with the variants on their first
    /// save (<see cref="Data.VariantManifestInterceptor"/>); variants never change after that.
    /// </summary>
    public string VariantManifest { get; set; } = "";
}

/// <summary>One encoded size of an image, addressed by the hash of its bytes so its URL can be cached forever.</summary>
public class MediaVariant
{
    public int Id { get; set; }

    public int MediaImageId { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public ImageFormatKind Format { get; set; }

    public string Hash { get; set; } = "";

    public byte[] Data { get; set; } = [];
}

public enum ImageFormatKind
{
    Jpeg = 0,
    WebP = 1,
}
