using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// The test server has no client address (RemoteIpAddress is null), so per-client rate limits would put every test
/// client into one partition. A request with <see cref="Header"/> gets that address, set before the app's pipeline.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

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

public static class TestClientAddressExtensions
{
    /// <summary>Makes every request of <paramref name="client"/> come from <paramref name="address"/>.</summary>
    public static HttpClient From(this HttpClient client, string address)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Remove(TestClientAddress.Header);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }
}
