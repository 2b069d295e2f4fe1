using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// Over real HTTP on Kestrel, from 127.0.0.1: X-Forwarded-Proto from a proxy the portal trusts makes the request
/// https (seen here by the HSTS header, which is only sent on https); from any other address it is ignored.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task A_proxy_on_the_same_machine_is_believed_by_default()
    {
        await using var portal = new PortalFactory();
        using var client = OverKestrel(portal);

        Assert.True(await HasHstsAsync(client, forwardedProto: "https"));
        Assert.False(await HasHstsAsync(client, forwardedProto: null));
    }

    [Fact]
    public async Task With_known_proxies_configured_only_they_are_believed()
    {
        await using var elsewhere = new PortalFactory { Settings = new Dictionary<string, string> { ["ReverseProxy:KnownProxies:0"] = "10.9.8.7" } };
        await using var here = new PortalFactory { Settings = new Dictionary<string, string> { ["ReverseProxy:KnownNetworks:0"] = "127.0.0.0/8" } };

        using var behindElsewhere = OverKestrel(elsewhere);
        using var behindHere = OverKestrel(here);

        Assert.False(await HasHstsAsync(behindElsewhere, forwardedProto: "https"));
        Assert.True(await HasHstsAsync(behindHere, forwardedProto: "https"));
    }

    [Fact]
    public async Task A_proxy_setting_that_is_no_address_stops_the_start_with_one_german_sentence()
    {
        var run = await AppProcess.RunAsync([], new()
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Default"] = "Data Source=:memory:",
            ["ReverseProxy__KnownProxies__0"] = "proxy.intern",
        });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("SozialProduziert kann nicht starten: „proxy.intern“ in ReverseProxy:KnownProxies ist keine gültige Angabe (Adresse wie 10.0.0.5, Netz wie 10.0.0.0/24).", Assert.Single(run.StderrLines));
    }

    private static HttpClient OverKestrel(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    private static async Task<bool> HasHstsAsync(HttpClient client, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");

        // HSTS is never sent for localhost; a public host name as a proxy passes it on.
        request.Headers.Host = "www.sozialproduziert.example";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.Contains("Strict-Transport-Security");
    }
}
