using System.Net;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>How the portal answers methods other than GET on its public pages.</summary>
public class HttpMethodTests
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

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Unexpected_methods_on_a_page_are_405_with_a_german_page(string method)
    {
        await using var portal = new PortalFactory();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/praxisbeispiele");

        using var response = await portal.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Aktion nicht erlaubt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
