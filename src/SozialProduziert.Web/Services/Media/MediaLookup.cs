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

        var rows = await ImageRows(db, ids).ToListAsync(cancellationToken);
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

    /// <summary>
    /// One statement (images joined with their variants instead of a split second one), compiled once: every page with
    /// pictures runs it, and translating the LINQ again per request cost more than running the query.
    /// </summary>
    private static readonly Func<AppDbContext, List<int>, IAsyncEnumerable<ImageRow>> ImageRows = EF.CompileAsyncQuery(
        (AppDbContext db, List<int> ids) => db.MediaImages.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .SelectMany(m => m.Variants.DefaultIfEmpty(), (m, v) => new ImageRow(
                m.Id, m.AltText, m.Width, m.Height, v == null ? null : v.Width, v == null ? null : v.Format, v == null ? null : v.Hash)));

    /// <summary>An image with one of its variants (or none: then the variant's fields are null).</summary>
    private sealed record ImageRow(int Id, string AltText, int Width, int Height, int? VariantWidth, ImageFormatKind? Format, string? Hash);

    public static string UrlFor(string hash, ImageFormatKind format) =>
        $"/media/{hash}.{(format == ImageFormatKind.WebP ? "webp" : "jpg")}";

    public static ImageViewModel? Find(this IReadOnlyDictionary<int, ImageViewModel> images, int? id) =>
        id is { } key && images.TryGetValue(key, out var image) ? image : null;
}
