using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Caching;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Performance;

/// <summary>Pages, sitemap, feed and JSON are compressed with Brotli or gzip; responses that hold secrets are not.</summary>
public class CompressionTests
{
    [Theory]
    [InlineData("/", "br", "text/html")]
    [InlineData("/", "gzip", "text/html")]
    [InlineData("/praxisbeispiele?jahr=2024", "br", "text/html")]
    [InlineData("/sitemap.xml", "br", "application/xml")]
    [InlineData("/praxisbeispiele/feed", "gzip", "application/atom+xml")]
    [InlineData("/robots.txt", "br", "text/plain")]
    public async Task A_public_response_is_compressed_with_the_encoding_the_client_accepts(string url, string encoding, string contentType)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Build()));
        var client = portal.CreateClient();
        var plain = await client.GetStringAsync(url);

        using var compressed = await client.GetEncodedAsync(url, encoding);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal(contentType, compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        var body = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < plain.Length, $"{body.Length} bytes compressed, {plain.Length} plain");
        Assert.Equal(plain, Compression.Decode(compressed, body));
    }

    [Fact]
    public async Task Json_is_compressed()
    {
        await using var portal = new PortalFactory();
        var client = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(CacheProbeController).Assembly))).CreateClient();

        using var compressed = await client.GetEncodedAsync("/test-cache/json", "br");

        Assert.Equal("application/json", compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_staff_page_with_secrets_is_sent_uncompressed()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.GetEncodedAsync("/admin/praxisbeispiele/neu", "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
