using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Section "ReverseProxy": the addresses whose X-Forwarded-For and X-Forwarded-Proto the portal believes. Without
/// any, only a proxy on the same machine (loopback) is believed, as ASP.NET Core does by default.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Single addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}

public static class ReverseProxyRegistration
{
    /// <summary>
    /// Behind a proxy the connection comes from the proxy: without this, rate limits would throttle all visitors
    /// together, and the portal would not know the visitor used https (secure cookies, HSTS, canonical links).
    /// </summary>
    public static IServiceCollection AddPortalReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = new ReverseProxyOptions();
        configuration.GetSection(ReverseProxyOptions.Section).Bind(proxy);
        var proxies = proxy.KnownProxies.Select(address => IPAddress.TryParse(address.Trim(), out var parsed) ? parsed : throw Invalid(address, "ReverseProxy:KnownProxies")).ToList();
        var networks = proxy.KnownNetworks.Select(network => System.Net.IPNetwork.TryParse(network.Trim(), out var parsed) ? parsed : throw Invalid(network, "ReverseProxy:KnownNetworks")).ToList();

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count + networks.Count == 0)
            {
                return;
            }

            // Configured proxies replace the loopback default: only they may speak for visitors.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
        });
        return services;
    }

    private static StartupException Invalid(string text, string setting) =>
        new($"„{text}“ in {setting} ist keine gültige Angabe (Adresse wie 10.0.0.5, Netz wie 10.0.0.0/24).");
}
