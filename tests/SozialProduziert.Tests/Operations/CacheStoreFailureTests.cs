using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure.Caching;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// While Redis fails, pages are rendered fresh and the failure is logged once a minute, not once or twice per request
/// (the output cache middleware logs each failed lookup and store with its exception, which fills a log disk under
/// load). A Redis that hangs instead of refusing delays the pages of the moment it is found out, not every page
/// until it answers again.
/// </summary>
public sealed class CacheStoreFailureTests
{
    private static readonly string[] Pages = ["/", "/praxisbeispiele", "/sozialbetriebe", "/angebote", "/suche?q=holz", "/praxisbeispiele/kisten", "/impressum", "/barrierefreiheit"];

    [Fact]
    public async Task While_Redis_refuses_pages_are_served_and_the_failure_is_logged_once_not_per_request()
    {
        var logs = new LogCapture();
        await using var portal = new PortalFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Redis:Configuration"] = $"127.0.0.1:{FreePort.Find()},connectTimeout=500,connectRetry=0",

                // Every request asks Redis, so what keeps the log short is the once-a-minute report, not the pause.
                ["PageCache:StorePause"] = "00:00:00",
            },
        };
        await using var app = portal.WithLogsAtShippedLevels(logs);
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Kisten").WithSlug("kisten").Build()));
        var visitor = app.CreateClient();

        foreach (var page in Pages.Concat(Pages))
        {
            Assert.Equal(HttpStatusCode.OK, await visitor.StatusOfAsync(page));
        }

        var report = Assert.Single(logs.Entries, e => e.Category == typeof(FailSoftOutputCacheStore).FullName);
        Assert.Equal(LogLevel.Warning, report.Level);
        Assert.Contains("RedisConnectionException", report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.AspNetCore.OutputCaching", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
    }

    [RedisFact]
    public async Task A_Redis_that_hangs_delays_only_the_pages_of_the_moment_and_caching_resumes_when_it_answers()
    {
        await using var redis = await RedisServer.StartAsync();
        var logs = new LogCapture();
        await using var portal = new PortalFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Redis:Configuration"] = redis.Configuration + ",asyncTimeout=1000,syncTimeout=1000",
                ["PageCache:StorePause"] = "00:00:05",
            },
        };
        await using var app = portal.WithLogsAtShippedLevels(logs);
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Kisten").WithSlug("kisten").Build()));
        var visitor = app.CreateClient();
        foreach (var page in Pages)
        {
            await visitor.StatusOfAsync(page);
        }

        await redis.FreezeAsync();
        var slow = new List<string>();
        try
        {
            foreach (var page in Pages)
            {
                var timer = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.OK, await visitor.StatusOfAsync(page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "neu=1"));
                if (timer.Elapsed >= TimeSpan.FromSeconds(0.9))
                {
                    slow.Add($"{page} {timer.Elapsed.TotalSeconds:0.0} s");
                }
            }
        }
        finally
        {
            await redis.ThawAsync();
        }

        // The first page waits for the timeout of 1 s and pauses Redis for 5 s, far longer than the other pages take.
        // Without the pause the next pages waited too, until the Redis client gave the connection up (about 5 s).
        Assert.True(slow.Count <= 1, "Pages that waited for the hanging Redis: " + string.Join(", ", slow));
        var waited = Stopwatch.StartNew();
        while (!await visitor.IsServedFromCacheAsync("/praxisbeispiele/kisten") && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
        }

        Assert.True(await visitor.IsServedFromCacheAsync("/praxisbeispiele/kisten"), "Pages are cached in Redis again once it answers.");
        Assert.Contains(logs.Entries, e => e.Category == typeof(FailSoftOutputCacheStore).FullName && e.Message.Contains("answers again", StringComparison.Ordinal));
    }
}
