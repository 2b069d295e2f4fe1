using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// The responsive picture of an uploaded image: a WebP source set, then the JPEGs with the fallback in src. Written in
/// code rather than as a partial view because cards call it once per card, and a partial costs a view lookup and a
/// view context each time: with one partial per card as well, that was a fifth of a Sozialbetrieb page's rendering.
/// </summary>
public static class PictureHtml
{
    public static IHtmlContent Picture(this IHtmlHelper html, PictureViewModel picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var image = picture.Image;
        var builder = new HtmlContentBuilder(24)
            .AppendHtml("<picture>\n    <source type=\"image/webp\" srcset=\"").Append(image.SrcSet(ImageFormatKind.WebP))
            .AppendHtml("\" sizes=\"").Append(picture.Sizes)
            .AppendHtml("\">\n    <img src=\"").Append(image.FallbackUrl())
            .AppendHtml("\" srcset=\"").Append(image.SrcSet(ImageFormatKind.Jpeg))
            .AppendHtml("\" sizes=\"").Append(picture.Sizes)
            .AppendHtml("\"\n         width=\"").Append(image.Width.ToString(CultureInfo.InvariantCulture))
            .AppendHtml("\" height=\"").Append(image.Height.ToString(CultureInfo.InvariantCulture))
            .AppendHtml("\" alt=\"").Append(picture.Decorative ? "" : image.AltText)
            .AppendHtml(picture.Eager ? "\"\n         loading=\"eager\" decoding=\"async\"" : "\"\n         loading=\"lazy\" decoding=\"async\"");
        if (picture.CssClass is not null)
        {
            builder.AppendHtml(" class=\"").Append(picture.CssClass).AppendHtml("\"");
        }

        return builder.AppendHtml(">\n</picture>");
    }
}
