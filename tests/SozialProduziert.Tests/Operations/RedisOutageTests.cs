using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Caching;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure.Caching;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// Redis restarted while the site serves (with the cached pages it saved): meanwhile readiness stays 200 but reports
/// Redis as degraded and pages are rendered fresh; an edit made meanwhile cannot evict its pages from Redis, so the
/// eviction is kept and tried again until Redis takes it. Another example, renamed past the app during the outage,
/// still shows its cached old title afterwards: Redis did bring its cached pages back, so the edited page shows its
/// new title because it was evicted, not because the cache was empty.
/// </summary>
public sealed class RedisOutageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-redis-outage-").FullName;

    [RedisFact]
    public async Task An_edit_made_while_Redis_was_down_evicts_its_page_once_Redis_is_back()
    {
        await using var redis = await RedisServer.StartAsync(_folder);
        await using var portal = new PortalFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Redis:Configuration"] = redis.Configuration + ",connectTimeout=1000",
                ["PageCache:EvictionRetry"] = "00:00:00.500",

                // Asks Redis again soon after its return, where the default pause (CacheStoreFailureTests) would let
                // the first pages after it render fresh.
                ["PageCache:StorePause"] = "00:00:00.100",
            },
        };
        var visitor = portal.CreateClient();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Gerahmte Drucke").WithSlug("gerahmt").Build(),
            new ExampleBuilder().Titled("Unberührt").WithSlug("unberuehrt").Build()));
        foreach (var page in new[] { "/praxisbeispiele/gerahmt", "/praxisbeispiele/unberuehrt" })
        {
            await visitor.OpenAsync(page);
            Assert.True(await visitor.IsServedFromCacheAsync(page), $"{page} is cached in Redis before the outage.");
        }

        await redis.StopAsync();

        using var ready = await visitor.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"Degraded\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await visitor.IsServedFromCacheAsync("/praxisbeispiele/gerahmt"), "Without Redis pages are rendered fresh.");
        var eviction = portal.Services.GetRequiredService<PageCacheEviction>();
        await portal.WithDbAsync(async db => (await db.Examples.SingleAsync(e => e.Slug == "gerahmt")).Title = "Gerahmte Drucke aus Abfallholz");
        await BehindTheApp.RenameExampleAsync(portal, "unberuehrt", "Heimlich umbenannt");
        Assert.True(eviction.PendingCount > 0, "The eviction Redis refused waits for it.");

        await redis.RestartAsync();
        var waited = Stopwatch.StartNew();
        while (eviction.PendingCount > 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Equal(0, eviction.PendingCount);
        Assert.Equal("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/praxisbeispiele/gerahmt")).H1);
        Assert.True(await visitor.IsServedFromCacheAsync("/praxisbeispiele/gerahmt"), "The new version is cached in Redis again.");
        Assert.Equal("Unberührt", (await visitor.OpenAsync("/praxisbeispiele/unberuehrt")).H1);
        Assert.True(await visitor.IsServedFromCacheAsync("/praxisbeispiele/unberuehrt"));
        Assert.Contains("\"Healthy\"", await visitor.GetStringAsync("/health/ready"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
