using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// The test server has no remote address, so every test client would be the same client to the rate limiter.
/// <see cref="WithClientAddresses"/> lets a test client say which IP it comes from in a header, set as the
/// connection's address before anything else runs.
/// </summary>
public static class ClientAddresses
{
    public const string Header = "X-Test-Client-Address";

    public static WebApplicationFactory<Program> WithClientAddresses(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddTransient<IStartupFilter, AddressFilter>()));
    }

    /// <summary>An https browser (cookies, no redirects) that comes from <paramref name="address"/>.</summary>
    public static HttpClient CreateBrowserFrom(this WebApplicationFactory<Program> host, string address)
    {
        ArgumentNullException.ThrowIfNull(host);
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class AddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
