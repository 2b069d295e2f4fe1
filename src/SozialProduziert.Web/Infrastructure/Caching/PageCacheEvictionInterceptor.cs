using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached pages a save makes out of date, whoever saves: the editors, restore, purge, the Papierkorb,
/// seeding or a test. Tags are worked out before the save (relations the save removes still count) and evicted
/// after it succeeded; inside a transaction only once it commits, so no request can cache the old state again.
/// </summary>
public sealed class PageCacheEvictionInterceptor(PageCacheEviction eviction, PublishingSchedule schedule, TimeProvider clock)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingTags> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            var change = PageCacheTags.FromChanges(context.ChangeTracker, clock.GetUtcNow().UtcDateTime);
            change.Tags.UnionWith(DisplayedOn.Items(context, change.ShownElsewhere).Select(ItemTag));
            Pending(context).ThisSave = change;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            var change = PageCacheTags.FromChanges(context.ChangeTracker, clock.GetUtcNow().UtcDateTime);
            change.Tags.UnionWith((await DisplayedOn.ItemsAsync(context, change.ShownElsewhere, cancellationToken)).Select(ItemTag));
            Pending(context).ThisSave = change;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);

        // Nothing in the portal saves synchronously; should something, eviction runs on (it never throws) rather than block.
        _ = AfterSaveAsync(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        await AfterSaveAsync(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _ = CommitAsync(eventData.Context);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return CommitAsync(eventData.Context);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Forget(eventData.Context);
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static string ItemTag(ContentRef item) => CacheTags.Item(item.Type, item.Id)!;

    private PendingTags Pending(DbContext context) => _pending.GetValue(context, _ => new PendingTags());

    private async Task AfterSaveAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.ThisSave is not { } change)
        {
            return;
        }

        pending.ThisSave = null;
        if (change.TouchesContent)
        {
            schedule.Invalidate();
        }

        if (context.Database.CurrentTransaction is null)
        {
            await eviction.EvictAsync(change.Tags);
        }
        else
        {
            pending.AwaitingCommit.UnionWith(change.Tags);
            pending.TouchesContent |= change.TouchesContent;
        }
    }

    private async Task CommitAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending) || pending.AwaitingCommit.Count == 0 && !pending.TouchesContent)
        {
            return;
        }

        var tags = pending.AwaitingCommit.ToList();
        var touchesContent = pending.TouchesContent;
        Forget(context);
        if (touchesContent)
        {
            schedule.Invalidate();
        }

        await eviction.EvictAsync(tags);
    }

    private void Discard(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.ThisSave = null;
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.ThisSave = null;
            pending.AwaitingCommit.Clear();
            pending.TouchesContent = false;
        }
    }

    private sealed class PendingTags
    {
        public PageCacheChange? ThisSave { get; set; }

        public HashSet<string> AwaitingCommit { get; } = new(StringComparer.Ordinal);

        public bool TouchesContent { get; set; }
    }
}
