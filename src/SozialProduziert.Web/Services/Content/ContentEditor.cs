using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// Every staff change to content goes through here, so nothing is ever silently lost: it saves with an
/// optimistic-concurrency check, records a full revision and writes the audit log.
/// </summary>
public sealed class ContentEditor(AppDbContext db, ContentSnapshots snapshots, AuditLog audit, CurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Saves a new or changed item (tracked by the request's AppDbContext, relations loaded) and records a revision.
    /// <paramref name="expectedVersion"/> is the Version the edit form was opened with; a newer stored version
    /// throws <see cref="ContentConflictException"/> and writes nothing.
    /// </summary>
    public async Task SaveAsync<T>(T item, int? expectedVersion, string action, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = db.Entry(item);
        var isNew = entry.State == EntityState.Added || item.Id == 0;
        if (!isNew)
        {
            if (expectedVersion is { } version)
            {
                entry.Property(e => e.Version).OriginalValue = version;
            }

            // Only relations may have changed; the item must still count as changed so its version rises.
            if (entry.State == EntityState.Unchanged)
            {
                entry.State = EntityState.Modified;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ContentConflictException("Der Eintrag wurde inzwischen von jemand anderem geändert.", e);
        }

        await RecordAsync(item, action, isNew ? AuditAction.ContentCreated : AuditAction.ContentUpdated, cancellationToken);
    }

    /// <summary>Records a revision and an audit entry for the item as it is now, and saves them.</summary>
    public async Task RecordAsync<T>(T item, string action, AuditAction auditAction, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        var contentType = item.GetType().Name;
        var last = await db.ContentRevisions
            .Where(r => r.ContentType == contentType && r.ContentId == item.Id)
            .MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        db.ContentRevisions.Add(new ContentRevision
        {
            ContentType = contentType,
            ContentId = item.Id,
            Number = last + 1,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.Name,
            Action = action,
            Snapshot = snapshots.Create(db.Entry(item)),
        });
        audit.Add(auditAction, action, contentType, item.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves the item to the Papierkorb: hidden everywhere, restorable by staff.</summary>
    public async Task MoveToTrashAsync<T>(T item, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        item.DeletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(item, "In den Papierkorb gelegt", AuditAction.ContentDeleted, cancellationToken);
    }

    public async Task RestoreFromTrashAsync<T>(T item, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        item.DeletedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(item, "Aus dem Papierkorb wiederhergestellt", AuditAction.ContentRestored, cancellationToken);
    }
}
