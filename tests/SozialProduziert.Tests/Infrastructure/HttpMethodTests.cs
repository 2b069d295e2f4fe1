using System.Net;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>How the portal answers methods other than GET on its public pages.</summary>
public class HttpMethodTests(SharedDemoPortal shared) : IClassFixture<SharedDemoPortal>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/praxisbeispiele", HttpStatusCode.OK)]
    [InlineData("/praxisbeispiele/gibt-es-nicht", HttpStatusCode.NotFound)]
    public async Task Head_answers_like_get_without_a_body(string url, HttpStatusCode expected)
    {
        await using var portal = new PortalFactory();
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        using var response = await portal.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    public static TheoryData<string, string> UnexpectedMethods()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["/", "/praxisbeispiele", "/praxisbeispiele/gibt-es-nicht", "/sozialbetriebe", "/angebote", "/auslage", "/suche", "/downloads",
            "/ueber-sopro", "/mitmachen", "/impressum", "/sitemap.xml", "/robots.txt", "/praxisbeispiele/feed"];
        foreach (var method in new[] { "PUT", "DELETE", "PATCH" })
        {
            foreach (var page in pages)
            {
                data.Add(method, page);
            }
        }

        data.Add("POST", "/praxisbeispiele");
        data.Add("POST", "/suche");
        data.Add("TRACE", "/");
        return data;
    }

    [Theory]
    [MemberData(nameof(UnexpectedMethods))]
    public async Task Unexpected_methods_on_public_pages_are_405_with_a_german_page(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        using var response = await shared.Portal.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Aktion nicht erlaubt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
