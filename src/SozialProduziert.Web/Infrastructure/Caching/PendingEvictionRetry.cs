using Microsoft.Extensions.Options;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Tries the evictions the cache store refused (<see cref="PageCacheEviction.RetryPendingAsync"/>) every
/// <see cref="PageCacheOptions.EvictionRetry"/>, so pages edited while Redis was unreachable are gone from the shared
/// cache within that time after it answers again, for every instance. With nothing pending a tick does nothing.
/// </summary>
public sealed class PendingEvictionRetry(PageCacheEviction eviction, IOptions<PageCacheOptions> options, TimeProvider clock, ILogger<PendingEvictionRetry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvictionRetry, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await eviction.RetryPendingAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // RetryPendingAsync does not throw for a failing store; anything else must not stop the retries.
                logger.LogError(e, "Retrying page cache evictions failed");
            }
        }
    }
}
