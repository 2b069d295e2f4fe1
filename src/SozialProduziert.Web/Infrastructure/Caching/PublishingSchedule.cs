using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Keeps cached pages from hiding scheduled content: an item published for 9:00 must be on the lists at 9:00.
/// Before a cached page is served, the app checks whether a scheduled publication has come due since it last
/// looked; if so it evicts the pages that item appears on. It also knows when the next one is due, so no page is
/// cached beyond that moment. Checking costs a query only when a publication is due, at most every
/// <see cref="PageCacheOptions.ScheduleRecheck"/>, and after content was saved.
/// </summary>
public sealed class PublishingSchedule(IServiceScopeFactory scopes, PageCacheEviction eviction, TimeProvider clock, IOptions<PageCacheOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _nextCheckTicks;
    private long _nextPublicationTicks = long.MaxValue;
    private DateTime? _checkedUpTo;

    public void Dispose() => _gate.Dispose();

    /// <summary>Content was saved: look again before the next cached page is served.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _nextCheckTicks, 0);

    /// <summary>
    /// Evicts the pages of items whose publication came due since the last look, and answers how long a page
    /// rendered now may stay cached at most (until the next scheduled publication; null when none is planned).
    /// </summary>
    public async ValueTask<TimeSpan?> CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now.Ticks >= Interlocked.Read(ref _nextCheckTicks))
        {
            await _gate.WaitAsync(cancellationToken);
            try
            {
                now = clock.GetUtcNow().UtcDateTime;
                if (now.Ticks >= Interlocked.Read(ref _nextCheckTicks))
                {
                    await CheckAsync(now, cancellationToken);
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        var next = Interlocked.Read(ref _nextPublicationTicks);
        return next == long.MaxValue ? null : TimeSpan.FromTicks(Math.Max(0, next - now.Ticks));
    }

    private async Task CheckAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (_checkedUpTo is { } since && since < now)
        {
            var due = await ScheduledContent.DueAsync(db, since, now, cancellationToken);
            if (due.Count > 0)
            {
                var tags = due.Select(i => CacheTags.ForType(i.Type)!).Concat(due.Select(i => CacheTags.Item(i.Type, i.Id)!)).ToHashSet();
                tags.UnionWith((await DisplayedOn.ItemsAsync(db, due, cancellationToken)).Select(i => CacheTags.Item(i.Type, i.Id)!));
                await eviction.EvictAsync(tags);
            }
        }

        _checkedUpTo = now;
        var next = await ScheduledContent.NextAsync(db, now, cancellationToken);
        Interlocked.Exchange(ref _nextPublicationTicks, next?.Ticks ?? long.MaxValue);
        var recheck = now + options.Value.ScheduleRecheck;
        Interlocked.Exchange(ref _nextCheckTicks, Math.Min(next?.Ticks ?? long.MaxValue, recheck.Ticks));
    }
}

/// <summary>The queries behind <see cref="PublishingSchedule"/>; each uses the (State, PublishAt) index of its table.</summary>
internal static class ScheduledContent
{
    public static async Task<List<ContentRef>> DueAsync(AppDbContext db, DateTime after, DateTime upTo, CancellationToken cancellationToken)
    {
        var due = new List<ContentRef>();
        due.AddRange(await DueAsync(db.Examples, after, upTo, cancellationToken));
        due.AddRange(await DueAsync(db.SocialEnterprises, after, upTo, cancellationToken));
        due.AddRange(await DueAsync(db.Offers, after, upTo, cancellationToken));
        due.AddRange(await DueAsync(db.Partners, after, upTo, cancellationToken));
        due.AddRange(await DueAsync(db.Pages, after, upTo, cancellationToken));
        due.AddRange(await DueAsync(db.Downloads, after, upTo, cancellationToken));
        return due;
    }

    public static async Task<DateTime?> NextAsync(AppDbContext db, DateTime after, CancellationToken cancellationToken)
    {
        DateTime?[] next =
        [
            await NextAsync(db.Examples, after, cancellationToken),
            await NextAsync(db.SocialEnterprises, after, cancellationToken),
            await NextAsync(db.Offers, after, cancellationToken),
            await NextAsync(db.Partners, after, cancellationToken),
            await NextAsync(db.Pages, after, cancellationToken),
            await NextAsync(db.Downloads, after, cancellationToken),
        ];
        return next.Min();
    }

    private static async Task<IEnumerable<ContentRef>> DueAsync<T>(IQueryable<T> items, DateTime after, DateTime upTo, CancellationToken cancellationToken)
        where T : PublishableContent =>
        (await items.AsNoTracking()
            .Where(i => i.State == PublishState.Published && i.PublishAt > after && i.PublishAt <= upTo && i.DeletedAt == null)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken))
        .Select(id => new ContentRef(typeof(T), id));

    private static Task<DateTime?> NextAsync<T>(IQueryable<T> items, DateTime after, CancellationToken cancellationToken)
        where T : PublishableContent =>
        items.AsNoTracking()
            .Where(i => i.State == PublishState.Published && i.PublishAt > after && i.DeletedAt == null)
            .MinAsync(i => (DateTime?)i.PublishAt, cancellationToken);
}
