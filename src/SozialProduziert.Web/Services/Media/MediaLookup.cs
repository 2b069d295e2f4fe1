using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

        var rows = new Dictionary<int, (ImageRow Image, List<ImageVariant> Variants)>(ids.Count);
        await foreach (var row in ImageRows(db)(db, ids).WithCancellation(cancellationToken))
        {
            if (!rows.TryGetValue(row.Id, out var image))
            {
                image = (row, []);
                rows.Add(row.Id, image);
            }

            if (row.Hash is not null)
            {
                image.Variants.Add(new ImageVariant(row.Hash, row.VariantWidth!.Value, row.Format!.Value));
            }
        }

        return rows.ToDictionary(
            entry => entry.Key,
            entry => new ImageViewModel(entry.Value.Image.Id, entry.Value.Image.AltText, entry.Value.Image.Width, entry.Value.Image.Height, entry.Value.Variants));
    }

    /// <summary>
    /// One statement (images joined with their variants instead of a split second one), compiled once: every page with
    /// pictures runs it, and translating the LINQ again per request cost more than running the query. A compiled query
    /// belongs to one EF model; the app has one, but a process with differently configured hosts (the tests) has
    /// several, so it is compiled once per model.
    /// </summary>
    private static Func<AppDbContext, List<int>, IAsyncEnumerable<ImageRow>> ImageRows(AppDbContext db) =>
        ImageRowsByModel.GetValue(db.Model, static _ => EF.CompileAsyncQuery(
            (AppDbContext db, List<int> ids) => db.MediaImages.AsNoTracking()
                .Where(m => ids.Contains(m.Id))
                .SelectMany(m => m.Variants.DefaultIfEmpty(), (m, v) => new ImageRow(
                    m.Id, m.AltText, m.Width, m.Height, v == null ? null : v.Width, v == null ? null : v.Format, v == null ? null : v.Hash))));

    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, List<int>, IAsyncEnumerable<ImageRow>>> ImageRowsByModel = new();

    /// <summary>An image with one of its variants (or none: then the variant's fields are null).</summary>
    private sealed record ImageRow(int Id, string AltText, int Width, int Height, int? VariantWidth, ImageFormatKind? Format, string? Hash);

    public static string UrlFor(string hash, ImageFormatKind format) =>
        $"/media/{hash}.{Extension(format)}";

    /// <summary>Writes <see cref="UrlFor"/> without building the string: hashes are hex, so nothing needs encoding.</summary>
    public static void WriteUrl(TextWriter writer, string hash, ImageFormatKind format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("/media/");
        writer.Write(hash);
        writer.Write('.');
        writer.Write(Extension(format));
    }

    private static string Extension(ImageFormatKind format) => format == ImageFormatKind.WebP ? "webp" : "jpg";

    public static ImageViewModel? Find(this IReadOnlyDictionary<int, ImageViewModel> images, int? id) =>
        id is { } key && images.TryGetValue(key, out var image) ? image : null;
}
