using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// The Redis output-cache store as the middleware sees it while Redis fails. A lookup answers "not cached" and a store
/// is dropped, so pages are rendered fresh, as the middleware would do anyway, but it logs every failure with its
/// exception, once or twice per request: under load that fills a log disk within hours. This store says it once a
/// minute instead, and once when Redis answers again. After a failure it leaves Redis alone for
/// <see cref="PageCacheOptions.StorePause"/>, so a Redis that hangs instead of refusing (every command then waits for its
/// timeout) delays the pages of that moment, not every page until it comes back. Evictions pass through unchanged:
/// <see cref="PageCacheEviction"/> keeps the ones Redis refuses and tries them again.
/// It keeps the buffer interface of the Redis store, through which the middleware reads and writes cached pages
/// without copying them into arrays.
/// </summary>
public sealed class FailSoftOutputCacheStore(
    IOutputCacheBufferStore redis, IOptions<PageCacheOptions> options, TimeProvider clock, ILogger<FailSoftOutputCacheStore> logger)
    : IOutputCacheBufferStore, IDisposable
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);

    // Every cached page passes here, so the healthy path reads two fields and takes no lock.
    private readonly Lock _gate = new();
    private long _pausedUntilTicks;
    private volatile bool _failing;
    private DateTimeOffset? _lastReport;
    private int _unreported;

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => redis.EvictByTagAsync(tag, cancellationToken);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Paused)
        {
            return null;
        }

        try
        {
            var entry = await redis.GetAsync(key, cancellationToken);
            Answered();
            return entry;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (Paused)
        {
            return false;
        }

        try
        {
            var found = await redis.TryGetAsync(key, destination, cancellationToken);
            Answered();
            return found;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The middleware drops what a failed lookup may have written: it parses the buffer only when told "found".
            Failed(e);
            return false;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!Paused)
        {
            await StoreAsync(() => redis.SetAsync(key, value, tags, validFor, cancellationToken));
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!Paused)
        {
            await StoreAsync(() => redis.SetAsync(key, value, tags, validFor, cancellationToken));
        }
    }

    public void Dispose() => (redis as IDisposable)?.Dispose();

    private bool Paused => _failing && clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    private async ValueTask StoreAsync(Func<ValueTask> store)
    {
        try
        {
            await store();
            Answered();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed(e);
        }
    }

    private void Answered()
    {
        if (!_failing)
        {
            return;
        }

        int unreported;
        lock (_gate)
        {
            if (!_failing)
            {
                return;
            }

            _failing = false;
            _lastReport = null;
            unreported = _unreported;
            _unreported = 0;
        }

        logger.LogInformation("The page cache store answers again, after {Unreported} more failures since the last report; pages are cached once more.", unreported);
    }

    private void Failed(Exception failure)
    {
        int unreported;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            Interlocked.Exchange(ref _pausedUntilTicks, (now + options.Value.StorePause).UtcTicks);
            _failing = true;
            if (_lastReport is { } last && now - last < ReportEvery)
            {
                _unreported++;
                return;
            }

            _lastReport = now;
            unreported = _unreported;
            _unreported = 0;
        }

        // The message only: the stack trace of a connection failure is the same every time and says nothing more.
        logger.LogWarning(
            "The page cache store failed ({Failure}: {Reason}), {Unreported} more failures since the last report. Pages are rendered uncached, and the store is left alone for {Pause} after each failure.",
            failure.GetType().Name, failure.Message, unreported, options.Value.StorePause);
    }
}
