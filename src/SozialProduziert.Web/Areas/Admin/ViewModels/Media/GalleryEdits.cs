using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Media;

/// <summary>
/// Moves a gallery between the entity lists (<see cref="ExampleImage"/>, <see cref="OfferImage"/>) and the rows of
/// <c>_GalleryEditor</c>. The flow of an edit action:
/// <list type="number">
/// <item>GET: <c>input.Gallery = await db.LoadGalleryAsync(item.Images, ct)</c> (stored alt texts, thumbnails).</item>
/// <item>POST with errors: <c>await db.AddThumbnailsAsync(input.Gallery, ct)</c>, then re-render; typed alt texts stay.</item>
/// <item>POST valid: load the item with <c>.Include(e =&gt; e.Images).ThenInclude(i =&gt; i.MediaImage)</c>, then
/// <c>GalleryEdits.Apply(item.Images, input.Gallery, upload.Images)</c> and save through ContentEditor.</item>
/// </list>
/// </summary>
public static class GalleryEdits
{
    public static Task<List<GalleryItemInput>> LoadGalleryAsync(this AppDbContext db, IEnumerable<ExampleImage> images, CancellationToken cancellationToken) =>
        db.LoadGalleryAsync(images.Select(i => (i.MediaImageId, i.SortOrder)), cancellationToken);

    public static Task<List<GalleryItemInput>> LoadGalleryAsync(this AppDbContext db, IEnumerable<OfferImage> images, CancellationToken cancellationToken) =>
        db.LoadGalleryAsync(images.Select(i => (i.MediaImageId, i.SortOrder)), cancellationToken);

    /// <summary>Thumbnails (and the intrinsic size) for rows that came back from a form; never touches what staff typed.</summary>
    public static async Task AddThumbnailsAsync(this AppDbContext db, IReadOnlyList<GalleryItemInput> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var images = await db.LoadImagesAsync(rows.Select(r => (int?)r.MediaImageId), cancellationToken);
        foreach (var row in rows)
        {
            if (images.Find(row.MediaImageId) is { } image)
            {
                row.ThumbnailUrl = image.FallbackUrl(480);
                (row.ThumbnailWidth, row.ThumbnailHeight) = (image.Width, image.Height);
            }
        }
    }

    /// <summary>Applies posted rows and new uploads to a tracked gallery whose MediaImage entries are loaded.</summary>
    public static void Apply(List<ExampleImage> images, IEnumerable<GalleryItemInput> rows, IEnumerable<MediaImage> added) =>
        Apply(images, rows, added, i => i.MediaImage, (i, order) => i.SortOrder = order, i => i.SortOrder,
            (media, order) => new ExampleImage { MediaImage = media, SortOrder = order });

    /// <summary>Applies posted rows and new uploads to a tracked gallery whose MediaImage entries are loaded.</summary>
    public static void Apply(List<OfferImage> images, IEnumerable<GalleryItemInput> rows, IEnumerable<MediaImage> added) =>
        Apply(images, rows, added, i => i.MediaImage, (i, order) => i.SortOrder = order, i => i.SortOrder,
            (media, order) => new OfferImage { MediaImage = media, SortOrder = order });

    private static async Task<List<GalleryItemInput>> LoadGalleryAsync(this AppDbContext db, IEnumerable<(int Id, int SortOrder)> entries, CancellationToken cancellationToken)
    {
        var rows = entries.OrderBy(e => e.SortOrder).Select(e => new GalleryItemInput { MediaImageId = e.Id, SortOrder = e.SortOrder }).ToList();
        var images = await db.LoadImagesAsync(rows.Select(r => (int?)r.MediaImageId), cancellationToken);
        foreach (var row in rows)
        {
            row.AltText = images.Find(row.MediaImageId)?.AltText;
        }

        await db.AddThumbnailsAsync(rows, cancellationToken);
        return rows;
    }

    /// <summary>
    /// Rows only ever change images already in this gallery (a posted id from elsewhere is ignored). Removed rows
    /// leave; the rest are ordered by their number (ties keep the current order) and renumbered 1, 2, 3 …;
    /// new uploads follow in upload order.
    /// </summary>
    private static void Apply<T>(List<T> images, IEnumerable<GalleryItemInput> rows, IEnumerable<MediaImage> added,
        Func<T, MediaImage?> media, Action<T, int> setOrder, Func<T, int> order, Func<MediaImage, int, T> create)
    {
        ArgumentNullException.ThrowIfNull(images);
        var posted = rows.GroupBy(r => r.MediaImageId).ToDictionary(g => g.Key, g => g.First());
        var kept = new List<(T Entry, int Order, int Index)>();
        foreach (var (entry, index) in images.Select((e, i) => (e, i)))
        {
            var image = media(entry) ?? throw new InvalidOperationException("Load the gallery with .ThenInclude(i => i.MediaImage) before applying edits.");
            if (!posted.TryGetValue(image.Id, out var row))
            {
                kept.Add((entry, order(entry), index));
                continue;
            }

            if (row.Remove)
            {
                continue;
            }

            if (!string.IsNullOrWhiteSpace(row.AltText) && row.AltText.Trim() != image.AltText)
            {
                image.AltText = row.AltText.Trim();
            }

            kept.Add((entry, row.SortOrder, index));
        }

        var ordered = kept.OrderBy(k => k.Order).ThenBy(k => k.Index).Select(k => k.Entry).ToList();
        ordered.AddRange(added.Select(m => create(m, 0)));
        images.Clear();
        for (var i = 0; i < ordered.Count; i++)
        {
            setOrder(ordered[i], i + 1);
            images.Add(ordered[i]);
        }
    }
}
