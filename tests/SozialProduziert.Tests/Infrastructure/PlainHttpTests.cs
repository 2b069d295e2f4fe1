using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Outside Development the anti-forgery cookie is Secure only, so a page with a form cannot be served over plain
/// http: an http:// link, or a reverse proxy that does not pass X-Forwarded-Proto. The visitor gets a German page
/// with the https address instead of a 500; pages without a form are served as usual.
/// </summary>
public class PlainHttpTests
{
    [Theory]
    [InlineData("/bedarf?von=startseite")]
    [InlineData("/mitmachen")]
    [InlineData("/admin/anmelden")]
    public async Task A_form_page_over_plain_http_answers_400_with_its_https_address(string path)
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        using var production = portal.WithWebHostBuilder(host => host.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://www.sozialproduziert.example"), AllowAutoRedirect = false });

        var page = await client.OpenAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Bitte verschlüsselt aufrufen", page.H1);
        Assert.Equal("https://www.sozialproduziert.example" + path, page.Document.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_without_a_form_is_served_over_plain_http()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        using var production = portal.WithWebHostBuilder(host => host.UseEnvironment("Production"));
        using var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://www.sozialproduziert.example"), AllowAutoRedirect = false });

        var page = await client.OpenAsync("/praxisbeispiele");

        Assert.Equal(HttpStatusCode.OK, page.Status);
    }
}
