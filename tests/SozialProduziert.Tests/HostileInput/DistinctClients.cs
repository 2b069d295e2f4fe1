using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// Clients that each come from their own remote address, so a corpus of hundreds of form posts is not cut short by
/// the per-address rate limits (which the rate-limit tests prove on their own). Cookies are kept per client.
/// </summary>
public static class DistinctClients
{
    public static HttpClient From(PortalFactory portal, int number)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var address = new IPAddress([10, 77, (byte)(number / 256), (byte)(number % 256)]);
        var handler = new CookieContainerHandler { InnerHandler = portal.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address) };
        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }
}
