using Microsoft.AspNetCore.OutputCaching;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Evicts cached pages by tag, and counts evictions so a page rendered while content changed is not stored:
/// it may have read the data from before the change (see <see cref="PublicPagePolicy"/>).
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore store, ILogger<PageCacheEviction> logger)
{
    private long _generation;

    /// <summary>Rises with every eviction; a page may be stored only if it did not change while the page was rendered.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Evicts every page carrying one of <paramref name="tags"/>. Never throws: the change that caused the eviction
    /// is already saved, and a store that is unreachable (Redis down) only delays until the pages expire.
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
            try
            {
                // Not the request's token: the change is committed, its pages must go even if the client left.
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Zwischengespeicherte Seiten mit dem Tag {Tag} konnten nicht verworfen werden.", tag);
            }
        }

        Interlocked.Increment(ref _generation);
        logger.LogDebug("Output cache evicted: {Tags}", string.Join(", ", tags));
    }
}
