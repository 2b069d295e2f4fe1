using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>
/// An image as pictures render it: alt text, intrinsic size and its encoded variants, narrowest first. The variants
/// keep their hashes rather than URLs: <see cref="Infrastructure.PictureHtml"/> writes the URLs straight into the page,
/// and building them as strings first was a third of what a page with two dozen cards allocated.
/// </summary>
public sealed class ImageViewModel
{
    private readonly ImageVariant[] variantsByWidth;

    public ImageViewModel(int id, string altText, int width, int height, IEnumerable<ImageVariant> variants)
    {
        Id = id;
        AltText = altText;
        Width = width;
        Height = height;
        variantsByWidth = [.. variants];
        Array.Sort(variantsByWidth, static (a, b) => a.Width != b.Width ? a.Width.CompareTo(b.Width) : a.Format.CompareTo(b.Format));
    }

    public int Id { get; }

    public string AltText { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Writes the "url width" list of one format, as srcset takes it.</summary>
    public void WriteSrcSet(TextWriter writer, ImageFormatKind format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var first = true;
        foreach (var variant in variantsByWidth)
        {
            if (variant.Format != format)
            {
                continue;
            }

            if (!first)
            {
                writer.Write(", ");
            }

            first = false;
            MediaLookup.WriteUrl(writer, variant.Hash, variant.Format);
            writer.Write(' ');
            writer.WriteInvariant(variant.Width);
            writer.Write('w');
        }
    }

    /// <summary>The JPEG closest to the requested width, as fallback src and for link previews.</summary>
    public string FallbackUrl(int preferredWidth = 960) =>
        Fallback(preferredWidth) is { } variant ? MediaLookup.UrlFor(variant.Hash, variant.Format) : "";

    /// <summary>The JPEG closest to the requested width; of two equally close, the narrower.</summary>
    public ImageVariant? Fallback(int preferredWidth = 960)
    {
        ImageVariant? best = null;
        foreach (var variant in variantsByWidth)
        {
            if (variant.Format == ImageFormatKind.Jpeg
                && (best is null || Math.Abs((long)variant.Width - preferredWidth) < Math.Abs((long)best.Width - preferredWidth)))
            {
                best = variant;
            }
        }

        return best;
    }
}

/// <summary>One encoded file of an image; its URL follows from hash and format (<see cref="MediaLookup.UrlFor"/>).</summary>
public sealed record ImageVariant(string Hash, int Width, ImageFormatKind Format);
