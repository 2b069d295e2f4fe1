using System.Net;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Caching;

/// <summary>Cached pages never hide scheduled content: it appears on every page that shows it the moment its time comes.</summary>
public class ScheduledPublishingTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_scheduled_example_appears_on_cached_lists_feed_sitemap_and_its_sozialbetriebs_profile_when_its_time_comes()
    {
        var clock = new FakeTimeProvider(Now);
        await using var portal = new PortalFactory { Clock = clock };
        await portal.WithDbAsync(db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Mostviertel").WithSlug("werkstatt").Build();
            db.AddRange(
                enterprise,
                new ExampleBuilder().Titled("Schon da").Build(),
                new ExampleBuilder().Titled("Geplant").WithSlug("geplant").WithSocialEnterprises(enterprise).ScheduledFor(Now.UtcDateTime.AddHours(1)).Build());
        });
        var visitor = portal.CreateClient();
        string[] pages = ["/", "/praxisbeispiele", "/praxisbeispiele/feed", "/sitemap.xml", "/sozialbetriebe/werkstatt"];
        foreach (var page in pages)
        {
            Assert.DoesNotContain("Geplant", (await visitor.OpenAsync(page)).Html, StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.DoesNotContain("Geplant", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Contains("Geplant", (await visitor.OpenAsync("/")).CardTitles);
        Assert.Contains("Geplant", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Contains("Geplant", (await visitor.OpenAsync("/praxisbeispiele/feed")).Html, StringComparison.Ordinal);
        Assert.Contains("/praxisbeispiele/geplant", (await visitor.OpenAsync("/sitemap.xml")).Html, StringComparison.Ordinal);
        Assert.Contains("Geplant", (await visitor.OpenAsync("/sozialbetriebe/werkstatt")).CardTitles);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/geplant")).Status);
    }

    [Fact]
    public async Task An_item_scheduled_after_the_pages_were_cached_still_appears_on_time()
    {
        var clock = new FakeTimeProvider(Now);
        await using var portal = new PortalFactory { Clock = clock };
        var visitor = portal.CreateClient();
        Assert.Empty((await visitor.OpenAsync("/praxisbeispiele")).CardTitles);

        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Nachgereicht").ScheduledFor(Now.UtcDateTime.AddDays(2)).Build()));
        Assert.Empty((await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(["Nachgereicht"], (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
    }
}
