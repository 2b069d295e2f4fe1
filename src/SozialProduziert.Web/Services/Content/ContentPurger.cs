using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>What purging an item takes with it, for the confirmation page.</summary>
public sealed record PurgePlan(ContentHeader Item, int Revisions, IReadOnlyList<ContentHeader> Offers, string? FileName);

/// <summary>
/// Deletes an item from the Papierkorb for good (Administrators only). Purging is meant to make data really go
/// away (e.g. a Sozialbetrieb's contact details), so the item's revisions and old slugs go too; the audit log keeps
/// who purged what and when. A Sozialbetrieb takes its offers with it (the database cascades them anyway), a
/// download its stored files. Images stay: they may be shown elsewhere.
/// </summary>
public sealed class ContentPurger(AppDbContext db, AuditLog audit)
{
    /// <summary>The plan for an item in the Papierkorb, or null when there is no such item there.</summary>
    public async Task<PurgePlan?> PlanAsync(ContentKind kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var header = await kind.HeaderAsync(db, id, cancellationToken);
        if (header?.DeletedAt is null)
        {
            return null;
        }

        var revisions = await db.ContentRevisions.CountAsync(r => r.ContentType == kind.Name && r.ContentId == id, cancellationToken);
        var offers = kind.ClrType == typeof(SocialEnterprise)
            ? await db.Offers.AsNoTracking().Where(o => o.SocialEnterpriseId == id).OrderBy(o => o.SortName)
                .Select(o => new ContentHeader(o.Id, o.Title, o.Slug, o.DeletedAt)).ToListAsync(cancellationToken)
            : [];
        var fileName = kind.ClrType == typeof(Download)
            ? await db.Downloads.Where(d => d.Id == id).Select(d => d.StoredFile!.FileName).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new PurgePlan(header, revisions, offers, fileName);
    }

    /// <summary>Purges the item if it is in the Papierkorb; false when it is not (nothing is deleted then).</summary>
    public async Task<bool> PurgeAsync(ContentKind kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var item = await kind.FindAsync(db, id, cancellationToken);
        if (item?.DeletedAt is null)
        {
            return false;
        }

        var title = (await kind.HeaderAsync(db, id, cancellationToken))!.Title;
        if (item is SocialEnterprise)
        {
            foreach (var offer in await db.Offers.Where(o => o.SocialEnterpriseId == id).ToListAsync(cancellationToken))
            {
                await RemoveAsync(offer, $"„{offer.Title}“ mit dem Sozialbetrieb „{title}“ endgültig gelöscht", cancellationToken);
            }
        }

        var files = item is Download download ? await FilesOfAsync(download, cancellationToken) : [];
        await RemoveAsync(item, $"„{title}“ endgültig gelöscht", cancellationToken);

        // A file goes only when no other download still offers it.
        var stillUsed = await db.Downloads.Where(d => d.Id != id && files.Contains(d.StoredFileId)).Select(d => d.StoredFileId).ToListAsync(cancellationToken);
        db.StoredFiles.RemoveRange(await db.StoredFiles.Where(f => files.Contains(f.Id) && !stillUsed.Contains(f.Id)).ToListAsync(cancellationToken));

        // One SaveChanges: the purge happens entirely or not at all.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task RemoveAsync(PublishableContent item, string details, CancellationToken cancellationToken)
    {
        var type = item.GetType().Name;
        db.ContentRevisions.RemoveRange(await db.ContentRevisions.Where(r => r.ContentType == type && r.ContentId == item.Id).ToListAsync(cancellationToken));
        db.SlugRedirects.RemoveRange(await db.SlugRedirects.Where(r => r.ContentType == type && r.ContentId == item.Id).ToListAsync(cancellationToken));
        db.Remove(item);
        audit.Add(AuditAction.ContentPurged, details, type, item.Id);
    }

    /// <summary>The download's file and the files its earlier revisions pointed at (replaced files kept for a restore).</summary>
    private async Task<List<int>> FilesOfAsync(Download download, CancellationToken cancellationToken)
    {
        var snapshots = await db.ContentRevisions.Where(r => r.ContentType == nameof(Download) && r.ContentId == download.Id)
            .Select(r => r.Snapshot).ToListAsync(cancellationToken);
        return snapshots.Select(ContentSnapshots.Parse)
            .Select(s => s.Fields.TryGetValue(nameof(Download.StoredFileId), out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number && v.TryGetInt32(out var fileId) ? fileId : 0)
            .Append(download.StoredFileId)
            .Where(fileId => fileId != 0)
            .Distinct()
            .ToList();
    }
}
