using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Evicts cached pages by tag, and counts evictions so a page rendered while content changed is not stored:
/// it may have read the data from before the change (see <see cref="PublicPagePolicy"/>). A tag the store could not
/// evict (Redis unreachable) is kept and tried again by <see cref="PendingEvictionRetry"/> until the store takes it:
/// a page cached before an outage and edited during it must not come back stale when the store returns.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, ILogger<PageCacheEviction> logger)
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    private long _generation;

    /// <summary>Rises with every eviction; a page may be stored only if it did not change while the page was rendered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Tags whose eviction failed and waits for the store to answer again.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>
    /// Evicts every page carrying one of <paramref name="tags"/>. Never throws: the change that caused the eviction
    /// is already saved; a tag the store refuses is kept for <see cref="RetryPendingAsync"/>.
    /// </summary>
    public async Task EvictAsync(IReadOnlyCollection<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _generation);
        foreach (var tag in tags)
        {
            if (!await TryEvictAsync(tag))
            {
                _pending.TryAdd(tag, 0);
            }
        }

        Interlocked.Increment(ref _generation);
        logger.LogDebug("Output cache evicted: {Tags}", string.Join(", ", tags));
    }

    /// <summary>Tries the tags that failed before once more; those the store takes are done.</summary>
    public async Task RetryPendingAsync()
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        Interlocked.Increment(ref _generation);
        var evicted = 0;
        foreach (var tag in _pending.Keys)
        {
            // Marked done before the attempt: an eviction of the same tag that fails meanwhile adds it again.
            _pending.TryRemove(tag, out _);
            if (await TryEvictAsync(tag, logFailure: false))
            {
                evicted++;
            }
            else
            {
                _pending.TryAdd(tag, 0);
                break;
            }
        }

        Interlocked.Increment(ref _generation);
        if (evicted > 0)
        {
            logger.LogInformation(
                "{Count} zuvor gescheiterte Verwerfungen zwischengespeicherter Seiten nachgeholt; noch offen: {Pending}.", evicted, _pending.Count);
        }
    }

    private async Task<bool> TryEvictAsync(string tag, bool logFailure = true)
    {
        try
        {
            // Not the request's token: the change is committed, its pages must go even if the client left.
            await store.EvictByTagAsync(tag, CancellationToken.None);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (logFailure)
            {
                logger.LogError(e, "Zwischengespeicherte Seiten mit dem Tag {Tag} konnten nicht verworfen werden; wird wiederholt.", tag);
            }

            return false;
        }
    }
}
