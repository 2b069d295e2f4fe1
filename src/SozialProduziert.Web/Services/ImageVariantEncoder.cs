using System.Security.Cryptography;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services;

/// <summary>
/// Turns a decoded image into the fixed set of stored variants (WebP and JPEG per width), without metadata,
/// each addressed by the SHA-256 of its bytes.
/// </summary>
public sealed class ImageVariantEncoder
{
    /// <summary>The only widths ever produced: nobody can request arbitrary sizes and fill the disk.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    private static readonly JpegEncoder Jpeg = new() { Quality = 82 };
    private static readonly WebpEncoder WebP = new() { Quality = 78 };

    public MediaImage Encode(Image<Rgba32> source, string altText, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Metadata.ExifProfile = null;
        source.Metadata.XmpProfile = null;
        source.Metadata.IccProfile = null;
        source.Metadata.IptcProfile = null;

        var media = new MediaImage { AltText = altText, Width = source.Width, Height = source.Height, CreatedAt = createdAt };
        foreach (var width in TargetWidths(source.Width))
        {
            using var resized = width == source.Width ? source.Clone() : source.Clone(c => c.Resize(width, 0));
            media.Variants.Add(Variant(resized, ImageFormatKind.WebP));
            media.Variants.Add(Variant(resized, ImageFormatKind.Jpeg));
        }

        return media;
    }

    /// <summary>Each configured width below the original, plus the original width when it is smaller than the largest.</summary>
    public static IEnumerable<int> TargetWidths(int originalWidth)
    {
        var widths = Widths.Where(w => w < originalWidth).ToList();
        if (originalWidth <= Widths[^1])
        {
            widths.Add(originalWidth);
        }

        return widths.Distinct().Order();
    }

    private static MediaVariant Variant(Image<Rgba32> image, ImageFormatKind format)
    {
        using var stream = new MemoryStream();
        if (format == ImageFormatKind.WebP)
        {
            image.SaveAsWebp(stream, WebP);
        }
        else
        {
            image.SaveAsJpeg(stream, Jpeg);
        }

        var data = stream.ToArray();
        return new MediaVariant
        {
            Width = image.Width,
            Height = image.Height,
            Format = format,
            Data = data,
            Hash = Convert.ToHexStringLower(SHA256.HashData(data)),
        };
    }
}
