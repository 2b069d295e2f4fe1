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

        var images = new Dictionary<int, ImageViewModel>(ids.Count);
        await foreach (var row in ImageRows(db)(db, ids).WithCancellation(cancellationToken))
        {
            images.Add(row.Id, new ImageViewModel(row.Id, row.AltText, row.Width, row.Height, VariantManifest.Parse(row.VariantManifest)));
        }

        return images;
    }

    /// <summary>
    /// One statement that reads one row per image, its variants from <see cref="MediaImage.VariantManifest"/> (joining the
    /// variants instead read four rows of seven columns per picture, the largest single cost of a page with two dozen
    /// cards), compiled once: every page with pictures runs it, and translating the LINQ again per request cost more than
    /// running the query. A compiled query belongs to one EF model; the app has one, but a process with differently
    /// configured hosts (the tests) has several, so it is compiled once per model.
    /// </summary>
    private static Func<AppDbContext, List<int>, IAsyncEnumerable<ImageRow>> ImageRows(AppDbContext db) =>
        ImageRowsByModel.GetValue(db.Model, static _ => EF.CompileAsyncQuery(
            (AppDbContext db, List<int> ids) => db.MediaImages.AsNoTracking()
                .Where(m => ids.Contains(m.Id))
                .Select(m => new ImageRow(m.Id, m.AltText, m.Width, m.Height, m.VariantManifest))));

    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, List<int>, IAsyncEnumerable<ImageRow>>> ImageRowsByModel = new();

    private sealed record ImageRow(int Id, string AltText, int Width, int Height, string VariantManifest);

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

    internal static string Extension(ImageFormatKind format) => format == ImageFormatKind.WebP ? "webp" : "jpg";

    internal static ImageFormatKind? FormatOf(ReadOnlySpan<char> extension) =>
        extension is "webp" ? ImageFormatKind.WebP : extension is "jpg" ? ImageFormatKind.Jpeg : null;

    public static ImageViewModel? Find(this IReadOnlyDictionary<int, ImageViewModel> images, int? id) =>
        id is { } key && images.TryGetValue(key, out var image) ? image : null;
}
