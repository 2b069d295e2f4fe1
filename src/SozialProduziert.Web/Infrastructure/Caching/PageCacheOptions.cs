namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>The output cache of public pages, bound from the section "PageCache".</summary>
public sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    /// <summary>Off serves every page fresh from the database (the benchmark's "uncached" runs); eviction still works.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a page stays cached when nothing evicts it. Changes evict at once, so this only bounds how long
    /// something changed outside the app (a restored backup, a manual SQL fix) can stay hidden.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>For pages with endless variations that are rarely asked twice, such as search results.</summary>
    public TimeSpan ShortDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often the app looks for scheduled publications it has not seen (made by another instance, or in the
    /// database directly); its own changes are noticed at once.
    /// </summary>
    public TimeSpan ScheduleRecheck { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How soon an eviction the cache store refused (Redis unreachable) is tried again; a page edited during an
    /// outage is evicted at most this long after the store answers again.
    /// </summary>
    public TimeSpan EvictionRetry { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long pages are neither looked up in nor stored to Redis after it failed (<see cref="FailSoftOutputCacheStore"/>);
    /// zero asks it again at once. Evictions are not paused.
    /// </summary>
    public TimeSpan StorePause { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Memory the in-process cache store may use; a Redis store ignores it.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;
}
