using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>The embeddable widget is the only frameable route; QR codes carry the page's public address.</summary>
public class ShowcaseSharingTests
{
    private const string BaseUrl = "https://www.sozialproduziert.example";

    [Fact]
    public async Task The_embed_widget_may_be_framed_by_https_pages_and_opens_the_portal_in_a_new_tab()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Einbau GmbH").WithSlug("einbau").Build()));

        using var response = await portal.CreateBrowser().GetAsync("/auslage/einbau/embed");
        var page = await portal.CreateBrowser().OpenAsync("/auslage/einbau/embed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frame-ancestors https:", FrameAncestors(response));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        Assert.Null(page.Document.QuerySelector("nav, footer, form"));
        var links = page.Document.QuerySelectorAll("a[href]").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal(("_blank", "noopener"), (a.GetAttribute("target"), a.GetAttribute("rel"))));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/auslage")]
    [InlineData("/auslage/einbau")]
    [InlineData("/auslage/einbau/qr.svg")]
    [InlineData("/auslage/entwurf/embed")]
    [InlineData("/praxisbeispiele")]
    [InlineData("/admin/anmelden")]
    [InlineData("/admin")]
    [InlineData("/mein-bereich/anmelden")]
    [InlineData("/mein-bereich")]
    [InlineData("/health/live")]
    [InlineData("/gibt-es-nicht")]
    public async Task Every_other_route_forbids_framing(string url)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            db.Add(new PartnerBuilder().Titled("Einbau GmbH").WithSlug("einbau").Build());
            db.Add(new PartnerBuilder().Titled("Entwurf GmbH").WithSlug("entwurf").Draft().Build());
        });

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal("frame-ancestors 'none'", FrameAncestors(response));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Showcase_and_example_pages_offer_qr_codes_that_decode_to_their_public_address()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var partner = new PartnerBuilder().Titled("Einbau GmbH").WithSlug("einbau").Build();
            db.Add(partner);
            db.Add(new ExampleBuilder().Titled("Taschen aus Bannern").WithSlug("taschen").WithPartners(partner).Build());
            db.Add(new PartnerBuilder().Titled("Entwurf GmbH").WithSlug("entwurf").Draft().Build());
        });
        using var host = portal.WithWebHostBuilder(builder => builder.UseSetting("Site:PublicBaseUrl", BaseUrl));
        var client = host.CreateClient();

        foreach (var path in new[] { "/auslage/einbau", "/praxisbeispiele/taschen" })
        {
            var page = await client.OpenAsync(path);
            Assert.NotNull(page.Document.QuerySelector($"a[href='{path}/qr.svg']"));
            Assert.NotNull(page.Document.QuerySelector($"a[href='{path}/qr.png']"));

            using var svg = await client.GetAsync(path + "/qr.svg");
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Equal("svg", XDocument.Parse(await svg.Content.ReadAsStringAsync()).Root!.Name.LocalName);

            using var png = await client.GetAsync(path + "/qr.png");
            Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
            Assert.Equal(BaseUrl + path, Decode(await png.Content.ReadAsByteArrayAsync()));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/auslage/entwurf/qr.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/auslage/entwurf/embed")).StatusCode);
    }

    private static string FrameAncestors(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries)
            .Single(d => d.StartsWith("frame-ancestors", StringComparison.Ordinal));

    /// <summary>Reads the QR code as a phone camera would: from the pixels, with ZXing.</summary>
    private static string? Decode(byte[] png)
    {
        using var image = Image.Load<Rgba32>(png);
        var pixels = new byte[image.Width * image.Height * 4];
        image.CopyPixelDataTo(pixels);
        var source = new RGBLuminanceSource(pixels, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)))?.Text;
    }
}
