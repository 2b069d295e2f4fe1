using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// Every staff change to content goes through here, so nothing is ever silently lost: it saves with an
/// optimistic-concurrency check, records a full revision and writes the audit log, all in one transaction.
/// </summary>
public sealed class ContentEditor(AppDbContext db, ContentSnapshots snapshots, AuditLog audit, CurrentUser user, TimeProvider clock)
{
    /// <summary>
    /// Saves a new or changed item (tracked by the request's AppDbContext) and records a revision.
    /// <paramref name="expectedVersion"/> is the Version the edit form was opened with; a newer stored version
    /// throws <see cref="ContentConflictException"/> and writes nothing. Relations the revision holds are loaded
    /// here if the caller did not include them, but a relation the caller changes must have been loaded first.
    /// </summary>
    public Task SaveAsync<T>(T item, int? expectedVersion, string action, CancellationToken cancellationToken)
        where T : PublishableContent =>
        SaveAsync(item, expectedVersion, action, null, cancellationToken);

    /// <summary>As above, with the audit action to log instead of ContentCreated / ContentUpdated (e.g. RevisionRestored).</summary>
    public async Task SaveAsync<T>(T item, int? expectedVersion, string action, AuditAction? auditAction, CancellationToken cancellationToken)
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

        await InTransactionAsync(async () =>
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException e)
            {
                throw new ContentConflictException("Der Eintrag wurde inzwischen von jemand anderem geändert.", e);
            }

            await RecordAsync(item, action, auditAction ?? (isNew ? AuditAction.ContentCreated : AuditAction.ContentUpdated), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Records a revision and an audit entry for the item as it is now (relations loaded here if needed), and saves them.</summary>
    public async Task RecordAsync<T>(T item, string action, AuditAction auditAction, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        var entry = db.Entry(item);

        // A caller that forgot an Include must not produce a revision without relations: it could never be restored fully.
        foreach (var collection in entry.Collections.Where(c => ContentSnapshots.Relations.Contains(c.Metadata.Name) && !c.IsLoaded))
        {
            await collection.LoadAsync(cancellationToken);
        }

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
            Snapshot = snapshots.Create(entry),
        });
        audit.Add(auditAction, action, contentType, item.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves the item to the Papierkorb: hidden everywhere, restorable by staff.</summary>
    public Task MoveToTrashAsync<T>(T item, CancellationToken cancellationToken)
        where T : PublishableContent =>
        ChangeTrashStateAsync(item, clock.GetUtcNow().UtcDateTime, "In den Papierkorb gelegt", AuditAction.ContentDeleted, cancellationToken);

    public Task RestoreFromTrashAsync<T>(T item, CancellationToken cancellationToken)
        where T : PublishableContent =>
        ChangeTrashStateAsync(item, null, "Aus dem Papierkorb wiederhergestellt", AuditAction.ContentRestored, cancellationToken);

    private async Task ChangeTrashStateAsync<T>(T item, DateTime? deletedAt, string action, AuditAction auditAction, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(item);
        item.DeletedAt = deletedAt;
        await InTransactionAsync(async () =>
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException e)
            {
                throw new ContentConflictException("Der Eintrag wurde inzwischen von jemand anderem geändert.", e);
            }

            await RecordAsync(item, action, auditAction, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The change and its revision commit together or not at all. Runs inside the provider's execution strategy,
    /// because SQL Server's retrying strategy refuses user transactions otherwise; joins a transaction already open.
    /// </summary>
    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work();
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }
}
