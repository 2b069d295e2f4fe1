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

        // One statement with one parameter (the ids as a JSON array): the default, a parameter per id, makes EF
        // build the SQL again for every count of ids, and split collections cost a second statement.
        var rows = await db.MediaImages.AsNoTracking()
            .Where(m => EF.Parameter(ids).Contains(m.Id))
            .SelectMany(m => m.Variants.DefaultIfEmpty(), (m, v) => new
            {
                m.Id,
                m.AltText,
                m.Width,
                m.Height,
                VariantWidth = v == null ? (int?)null : v.Width,
                Format = v == null ? (ImageFormatKind?)null : v.Format,
                Hash = v == null ? null : v.Hash,
            })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.Id).ToDictionary(
            image => image.Key,
            image =>
            {
                var first = image.First();
                var sources = image.Where(r => r.Hash is not null)
                    .Select(r => new ImageSourceViewModel(UrlFor(r.Hash!, r.Format!.Value), r.VariantWidth!.Value, r.Format.Value)).ToList();
                return new ImageViewModel(first.Id, first.AltText, first.Width, first.Height, sources);
            });
    }

    public static string UrlFor(string hash, ImageFormatKind format) =>
        $"/media/{hash}.{(format == ImageFormatKind.WebP ? "webp" : "jpg")}";

    public static ImageViewModel? Find(this IReadOnlyDictionary<int, ImageViewModel> images, int? id) =>
        id is { } key && images.TryGetValue(key, out var image) ? image : null;
}
