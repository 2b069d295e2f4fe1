using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// The responsive picture of an uploaded image: a WebP source set, then the JPEGs with the fallback in src. Written in
/// code rather than as a partial view because cards call it once per card, and a partial costs a view lookup and a
/// view context each time: with one partial per card as well, that was a fifth of a Sozialbetrieb page's rendering.
/// It writes straight into the response when the page is flushed: URLs and source sets built as strings first were a
/// third of what a page with two dozen cards allocated (docs/performance.md).
/// </summary>
public static class PictureHtml
{
    public static IHtmlContent Picture(this IHtmlHelper html, PictureViewModel picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return new PictureContent(picture);
    }

    private sealed class PictureContent(PictureViewModel picture) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var image = picture.Image;
            writer.Write("<picture>\n    <source type=\"image/webp\" srcset=\"");
            image.WriteSrcSet(writer, ImageFormatKind.WebP);
            writer.Write("\" sizes=\"");
            encoder.Encode(writer, picture.Sizes);
            writer.Write("\">\n    <img src=\"");
            if (image.Fallback() is { } fallback)
            {
                MediaLookup.WriteUrl(writer, fallback.Hash, fallback.Format);
            }

            writer.Write("\" srcset=\"");
            image.WriteSrcSet(writer, ImageFormatKind.Jpeg);
            writer.Write("\" sizes=\"");
            encoder.Encode(writer, picture.Sizes);
            writer.Write("\"\n         width=\"");
            writer.WriteInvariant(image.Width);
            writer.Write("\" height=\"");
            writer.WriteInvariant(image.Height);
            writer.Write("\" alt=\"");
            encoder.Encode(writer, picture.Decorative ? "" : image.AltText);
            writer.Write(picture.Eager ? "\"\n         loading=\"eager\" decoding=\"async\"" : "\"\n         loading=\"lazy\" decoding=\"async\"");
            if (picture.CssClass is not null)
            {
                writer.Write(" class=\"");
                encoder.Encode(writer, picture.CssClass);
                writer.Write('"');
            }

            writer.Write(">\n</picture>");
        }
    }
}
