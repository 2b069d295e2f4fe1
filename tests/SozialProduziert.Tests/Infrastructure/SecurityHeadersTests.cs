using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Checked over real HTTP on Kestrel, because the in-memory TestServer never sends a Server header and so
/// could not show that the app switched Kestrel's off.
/// </summary>
public class SecurityHeadersTests
{
    [Fact]
    public async Task Responses_carry_a_content_security_policy_that_forbids_framing_and_inline_script()
    {
        using var response = await GetLiveHealthOverKestrelAsync();

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", directives["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("object-src 'none'", directives["object-src"]);
    }

    [Fact]
    public async Task Responses_forbid_mime_sniffing_and_limit_referrers_and_browser_features()
    {
        using var response = await GetLiveHealthOverKestrelAsync();

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_do_not_reveal_the_server_software()
    {
        using var response = await GetLiveHealthOverKestrelAsync();

        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    private static async Task<HttpResponseMessage> GetLiveHealthOverKestrelAsync()
    {
        await using var portal = new PortalFactory();
        portal.UseKestrel(0);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
