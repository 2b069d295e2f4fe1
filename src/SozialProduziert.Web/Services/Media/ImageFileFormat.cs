namespace SozialProduziert.Web.Services.Media;

/// <summary>The only image formats the portal accepts: the four whose ImageSharp modules are configured (ADR 0003).</summary>
public enum ImageFileFormat
{
    Jpeg,
    Png,
    WebP,
    Gif,
}
