using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.ViewModels.Common;

/// <summary>An image as the picture partial renders it: alt text, intrinsic size and its encoded variants.</summary>
public sealed record ImageViewModel(int Id, string AltText, int Width, int Height, IReadOnlyList<ImageSourceViewModel> Sources)
{
    public string SrcSet(ImageFormatKind format) =>
        string.Join(", ", Sources.Where(s => s.Format == format).OrderBy(s => s.Width).Select(s => $"{s.Url} {s.Width}w"));

    /// <summary>The JPEG closest to the requested width, as fallback src and for link previews.</summary>
    public string FallbackUrl(int preferredWidth = 960) =>
        Sources.Where(s => s.Format == ImageFormatKind.Jpeg)
            .OrderBy(s => Math.Abs(s.Width - preferredWidth))
            .Select(s => s.Url)
            .FirstOrDefault() ?? "";
}

public sealed record ImageSourceViewModel(string Url, int Width, ImageFormatKind Format);
