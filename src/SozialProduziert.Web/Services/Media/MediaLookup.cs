using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Media;

/// <summary>Loads the variant metadata (never the bytes) of many images in one query, so lists stay free of N+1.</summary>
public static class MediaLookup
{
    public static async Task<IReadOnlyDictionary<int, ImageViewModel>> LoadImagesAsync(
        this AppDbContext db, IEnumerable<int?> mediaIds, CancellationToken cancellationToken)
    {
        var ids = mediaIds.OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, ImageViewModel>();
        }

        var images = await db.MediaImages.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.AltText,
                m.Width,
                m.Height,
                Variants = m.Variants.Select(v => new { v.Width, v.Format, v.Hash }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return images.ToDictionary(
            m => m.Id,
            m => new ImageViewModel(m.Id, m.AltText, m.Width, m.Height,
                m.Variants.Select(v => new ImageSourceViewModel(UrlFor(v.Hash, v.Format), v.Width, v.Format)).ToList()));
    }

    public static string UrlFor(string hash, ImageFormatKind format) =>
        $"/media/{hash}.{(format == ImageFormatKind.WebP ? "webp" : "jpg")}";

    public static ImageViewModel? Find(this IReadOnlyDictionary<int, ImageViewModel> images, int? id) =>
        id is { } key && images.TryGetValue(key, out var image) ? image : null;
}
