using System.Globalization;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>The media library: recent images, and the single-image upload form with what was typed.</summary>
public sealed class MediaLibraryViewModel
{
    public required PagedList<MediaLibraryItem> Results { get; init; }

    public string? AltText { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/medien", new Dictionary<string, string?>());
}

/// <summary>One stored image; <see cref="StoredBytes"/> is the sum of its variants, what it costs in the database.</summary>
public sealed record MediaLibraryItem(int Id, string AltText, int Width, int Height, DateTime CreatedAt, long StoredBytes, int VariantCount)
{
    private static readonly CultureInfo Austrian = CultureInfo.GetCultureInfo("de-AT");

    public ImageViewModel? Image { get; init; }

    public string StoredSize => StoredBytes >= 1024 * 1024
        ? string.Create(Austrian, $"{StoredBytes / (1024d * 1024):0.0} MB")
        : string.Create(Austrian, $"{Math.Max(1, StoredBytes / 1024)} KB");
}

/// <summary>The upload form of the media library (field names of <c>_ImageUploadField</c>).</summary>
public sealed class MediaUploadInput
{
    public List<IFormFile> NewImages { get; set; } = [];

    public string? NewImagesAltText { get; set; }
}
