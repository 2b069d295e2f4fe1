using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Content;

/// <summary>An item in the Papierkorb, with who moved it there (from its last revision).</summary>
public sealed record TrashItem(ContentKind Kind, ContentHeader Item, DateTime DeletedAt, string? DeletedBy);

/// <summary>The Papierkorb across every content type, most recently deleted first.</summary>
public sealed class TrashQueries(AppDbContext db)
{
    public async Task<IReadOnlyList<TrashItem>> ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<TrashItem>();
        foreach (var kind in ContentKinds.All)
        {
            var trashed = await kind.TrashedAsync(db, cancellationToken);
            if (trashed.Count == 0)
            {
                continue;
            }

            var ids = trashed.Select(t => t.Id).ToList();
            var type = kind.Name;
            var lastEditors = await db.ContentRevisions.AsNoTracking()
                .Where(r => r.ContentType == type && ids.Contains(r.ContentId)
                    && r.Number == db.ContentRevisions.Where(o => o.ContentType == type && o.ContentId == r.ContentId).Max(o => o.Number))
                .Select(r => new { r.ContentId, r.UserName })
                .ToDictionaryAsync(r => r.ContentId, r => r.UserName, cancellationToken);
            items.AddRange(trashed.Select(t => new TrashItem(kind, t, t.DeletedAt!.Value, lastEditors.GetValueOrDefault(t.Id))));
        }

        return items.OrderByDescending(i => i.DeletedAt).ThenBy(i => i.Item.Title, StringComparer.Ordinal).ToList();
    }
}
