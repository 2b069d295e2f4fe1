using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Services;

/// <summary>
/// Turns a decoded image into the fixed set of stored variants (WebP and JPEG per width of
/// <see cref="MediaOptions.VariantWidths"/>), without metadata, each addressed by the SHA-256 of its bytes.
/// Uploads reach it only through <see cref="ImageUploadService"/>; the demo seeder feeds it generated pictures.
/// Stateless and thread-safe.
/// </summary>
public sealed class ImageVariantEncoder(IOptions<MediaOptions> options)
{
    private static readonly JpegEncoder Jpeg = new() { Quality = 82 };
    private static readonly WebpEncoder WebP = new() { Quality = 78 };

    /// <summary>The only widths ever produced: nobody can request arbitrary sizes and fill the disk.</summary>
    public IReadOnlyList<int> Widths { get; } = options.Value.VariantWidths;

    public MediaImage Encode(Image<Rgba32> source, string altText, DateTime createdAt)
    {
        ArgumentNullException.ThrowIfNull(source);
        StripMetadata(source);

        var transparent = HasTransparency(source);
        var media = new MediaImage { AltText = altText, Width = source.Width, Height = source.Height, CreatedAt = createdAt };
        foreach (var width in TargetWidths(source.Width))
        {
            // Resize clones straight into the smaller size; only the original width copies the full frame.
            using var resized = width == source.Width ? source.Clone() : source.Clone(c => c.Resize(width, 0));
            media.Variants.Add(Variant(resized, ImageFormatKind.WebP));
            if (transparent)
            {
                // JPEG has no alpha: without a background, transparent logo areas would come out black.
                resized.Mutate(c => c.BackgroundColor(Color.White));
            }

            media.Variants.Add(Variant(resized, ImageFormatKind.Jpeg));
        }

        return media;
    }

    /// <summary>Each configured width below the original, plus the original width when it is smaller than the largest: never upscaled.</summary>
    public IEnumerable<int> TargetWidths(int originalWidth)
    {
        var widths = Widths.Where(w => w < originalWidth).ToList();
        if (originalWidth <= Widths[^1])
        {
            widths.Add(originalWidth);
        }

        return widths.Distinct().Order();
    }

    /// <summary>The encoders write whatever profiles the image carries: EXIF (with GPS), XMP, IPTC and ICC all go.</summary>
    private static void StripMetadata(Image source)
    {
        source.Metadata.ExifProfile = null;
        source.Metadata.XmpProfile = null;
        source.Metadata.IccProfile = null;
        source.Metadata.IptcProfile = null;
        foreach (var frame in source.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IccProfile = null;
            frame.Metadata.IptcProfile = null;
        }
    }

    private static bool HasTransparency(Image<Rgba32> image)
    {
        var found = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && !found; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    if (pixel.A != byte.MaxValue)
                    {
                        found = true;
                        break;
                    }
                }
            }
        });
        return found;
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
