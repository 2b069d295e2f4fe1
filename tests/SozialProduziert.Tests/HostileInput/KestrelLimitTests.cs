using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// Request limits and raw paths need the real server: on Kestrel (limit lowered to 1 MB so the test stays small), as a proxy on the
/// same machine would forward it. Uploads have their own limits, tested with the media library and downloads.
/// </summary>
public class KestrelLimitTests
{
    [Theory]
    [InlineData("/admin/anmelden")]
    [InlineData("/admin/anmelden/zwei-faktor")]
    public async Task A_form_post_over_the_request_limit_is_refused_with_413_and_the_german_error_page(string url)
    {
        await using var portal = new PortalFactory();
        using var client = Start(portal, maxRequestBodySize: 1024 * 1024);
        using var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await client.PostAsync(url, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Datei oder Eingabe zu groß", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/praxisbeispiele")]
    [InlineData("/suche")]
    public async Task A_large_body_sent_to_a_page_that_takes_none_is_refused_without_being_read(string url)
    {
        await using var portal = new PortalFactory();
        using var client = Start(portal, maxRequestBodySize: 1024 * 1024);
        using var body = new ByteArrayContent(new byte[2 * 1024 * 1024]);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await client.PostAsync(url, body);

        Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.RequestEntityTooLarge, $"Answered {(int)response.StatusCode}.");
    }

    [Theory]
    [InlineData("/praxisbeispiele/%00")]
    [InlineData("/css/site.css%00.json")]
    [InlineData("/sozialbetriebe/a%0D%0ASet-Cookie:%20x=1")]
    public async Task Nul_and_line_breaks_in_the_path_are_refused_with_400_and_never_split_the_response(string url)
    {
        await using var portal = new PortalFactory();
        using var client = Start(portal);

        using var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}.");
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("x=", StringComparison.Ordinal)));
    }

    /// <summary>Kestrel on a free port; the client says https the way a TLS-terminating proxy on loopback does.</summary>
    private static HttpClient Start(PortalFactory portal, long? maxRequestBodySize = null)
    {
        portal.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (maxRequestBodySize is not null)
            {
                kestrel.Limits.MaxRequestBodySize = maxRequestBodySize;
            }
        });
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }
}
