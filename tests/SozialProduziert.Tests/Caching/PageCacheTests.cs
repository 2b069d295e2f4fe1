using System.Net;
using System.Net.Http.Headers;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Performance;
using SozialProduziert.Tests.PublicPages;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Caching;

/// <summary>Public pages come from the output cache for anonymous visitors; staff, the staff area and HEAD behave as they should.</summary>
public class PageCacheTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/praxisbeispiele")]
    [InlineData("/praxisbeispiele?jahr=2024")]
    [InlineData("/praxisbeispiele/gerahmt")]
    [InlineData("/praxisbeispiele/feed")]
    [InlineData("/sitemap.xml")]
    [InlineData("/suche?q=gerahmt")]
    [InlineData("/impressum")]
    [InlineData("/downloads")]
    public async Task A_second_visit_is_answered_from_the_cache_without_a_database_query(string url)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Gerahmt").WithSlug("gerahmt").Build()));
        var visitor = portal.CreateClient();
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        var first = await visitor.OpenAsync(url);
        var queriesForFirst = counter.Count;

        counter.Reset();
        var second = await visitor.OpenAsync(url);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.True(queriesForFirst > 0, "the first visit did not read the database");
        Assert.Equal(0, counter.Count);
        Assert.Equal(first.Html, second.Html);
    }

    [Fact]
    public async Task A_change_behind_the_apps_back_stays_hidden_while_the_page_is_cached()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Gerahmt").WithSlug("gerahmt").Build()));
        var visitor = portal.CreateClient();
        await visitor.OpenAsync("/praxisbeispiele/gerahmt");

        await BehindTheApp.RenameExampleAsync(portal, "gerahmt", "Heimlich umbenannt");

        Assert.Equal("Gerahmt", (await visitor.OpenAsync("/praxisbeispiele/gerahmt")).H1);
    }

    [Fact]
    public async Task Each_query_string_is_cached_apart()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Aus 2023").InYears(2023, 2023).Build(),
            new ExampleBuilder().Titled("Aus 2024").InYears(2024, 2024).Build()));
        var visitor = portal.CreateClient();

        var of2023 = await visitor.OpenAsync("/praxisbeispiele?jahr=2023");
        var of2024 = await visitor.OpenAsync("/praxisbeispiele?jahr=2024");

        Assert.Equal(["Aus 2023"], of2023.CardTitles);
        Assert.Equal(["Aus 2024"], of2024.CardTitles);
    }

    [Fact]
    public async Task A_head_request_is_answered_like_a_get_and_from_the_same_cache_entry()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().WithSlug("gerahmt").Build()));
        var visitor = portal.CreateClient();
        using var get = await visitor.GetAsync("/praxisbeispiele/gerahmt");
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        using var head = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/praxisbeispiele/gerahmt"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task A_signed_in_staff_member_sees_the_current_page_and_does_not_fill_the_cache()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Gerahmt").WithSlug("gerahmt").Build()));
        var visitor = portal.CreateClient();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await visitor.OpenAsync("/praxisbeispiele/gerahmt");

        await BehindTheApp.RenameExampleAsync(portal, "gerahmt", "Heimlich umbenannt");
        var seenByStaff = await staff.OpenAsync("/praxisbeispiele/gerahmt");
        await BehindTheApp.RenameExampleAsync(portal, "gerahmt", "Noch einmal umbenannt");

        Assert.Equal("Heimlich umbenannt", seenByStaff.H1);
        Assert.Equal("Gerahmt", (await visitor.OpenAsync("/praxisbeispiele/gerahmt")).H1);
    }

    [Fact]
    public async Task Compressed_and_plain_answers_are_cached_apart_and_show_the_same_page()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        using var plain = await visitor.GetAsync("/");
        using var brotliRequest = new HttpRequestMessage(HttpMethod.Get, "/");
        brotliRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var brotli = await visitor.SendAsync(brotliRequest);
        using var plainAgain = await visitor.GetAsync("/");

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), Compression.Decode(brotli, await brotli.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/praxisbeispiele")]
    public async Task Staff_pages_tell_every_cache_not_to_store_them(string url)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task The_sign_in_page_is_never_stored()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync("/admin/anmelden");

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }
}
