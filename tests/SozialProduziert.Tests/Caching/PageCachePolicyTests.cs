using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Caching;

/// <summary>
/// What the cache policy refuses to store even on a route that opted in: forms with an anti-forgery token, responses
/// that set a cookie or say private, and errors. Probed with <see cref="CacheProbeController"/> in the real app.
/// </summary>
public class PageCachePolicyTests
{
    [Fact]
    public async Task A_plain_public_page_is_stored()
    {
        await using var portal = new PortalFactory();
        var client = WithProbes(portal).CreateClient();

        Assert.Equal(await client.GetStringAsync("/test-cache/offen"), await client.GetStringAsync("/test-cache/offen"));
    }

    [Theory]
    [InlineData("/test-cache/formular")]
    [InlineData("/test-cache/cookie")]
    [InlineData("/test-cache/persoenlich")]
    [InlineData("/test-cache/fehlt")]
    public async Task A_page_with_something_personal_or_an_error_is_rendered_anew_every_time(string url)
    {
        await using var portal = new PortalFactory();
        var client = WithProbes(portal).CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });

        using var first = await client.GetAsync(url);
        using var second = await client.GetAsync(url);

        Assert.Equal(url.EndsWith("/fehlt", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    private static WebApplicationFactory<Program> WithProbes(PortalFactory portal) =>
        portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(CacheProbeController).Assembly)));
}
