using System.Net;
using System.Security.Cryptography;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.ViewModels.Downloads;

namespace SozialProduziert.Tests.PublicPages;

public class DownloadsTests
{
    [Fact]
    public async Task Download_list_shows_title_description_file_name_type_and_size()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new DownloadBuilder().Titled("Endbericht Soziale Produktion")
            .WithDescription("Der Abschlussbericht mit vielen Praxisbeispielen.")
            .WithFile("SoPro-Endbericht.pdf", "application/pdf", new byte[1_300_000])
            .Build()));

        var page = await portal.CreateClient().OpenOkAsync("/downloads");
        var text = page.MainText;

        Assert.Equal("Downloads", page.OnlyH1);
        Assert.Equal(["Endbericht Soziale Produktion (PDF, 1,2 MB)"], page.MainLinkTexts("/downloads/"));
        Assert.Contains("href=\"/downloads/endbericht-soziale-produktion\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Der Abschlussbericht mit vielen Praxisbeispielen.", text, StringComparison.Ordinal);
        Assert.Contains("SoPro-Endbericht.pdf", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_returns_the_exact_bytes_as_an_attachment_with_file_name_and_content_type()
    {
        var bytes = RandomNumberGenerator.GetBytes(70_000);
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new DownloadBuilder().Titled("Leitfaden").WithFile("Leitfaden Soziale Produktion.pdf", "application/pdf", bytes).Build()));

        using var response = await portal.CreateClient().GetAsync(new Uri("/downloads/leitfaden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("Leitfaden Soziale Produktion.pdf", disposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Draft_archived_and_scheduled_downloads_appear_neither_in_the_list_nor_as_a_file()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new DownloadBuilder().Titled("Sichtbar").Build(),
            new DownloadBuilder().Titled("Entwurf").Draft().Build(),
            new DownloadBuilder().Titled("Archiv").Archived().Build(),
            new DownloadBuilder().Titled("Geplant").ScheduledFor(DateTime.UtcNow.AddDays(7)).Build()));
        var client = portal.CreateClient();

        var links = (await client.OpenOkAsync("/downloads")).MainLinkTexts("/downloads/");

        Assert.Equal(["Sichtbar"], links.Select(link => link.Split(" (")[0]));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/downloads/sichtbar"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/downloads/entwurf"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/downloads/archiv"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/downloads/geplant"));
    }

    [Fact]
    public async Task An_empty_download_list_says_so()
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateClient().OpenOkAsync("/downloads");

        Assert.Contains("Derzeit stehen keine Dokumente zum Herunterladen bereit.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_download_answers_its_old_address_with_a_permanent_redirect()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new DownloadBuilder().Titled("Bericht").WithSlug("bericht-2011").Build()));
        await portal.WithDbAsync(db => db.Downloads.Single(d => d.Slug == "bericht-2011").Slug = "bericht-2012");

        using var response = await portal.CreateNonRedirectingClient().GetAsync(new Uri("/downloads/bericht-2011", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/downloads/bericht-2012", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/downloads/gibt-es-nicht")]
    [InlineData("/downloads/Endbericht.pdf")]
    [InlineData("/downloads/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_or_malformed_download_addresses_are_not_found(string url)
    {
        await using var portal = new PortalFactory();

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateNonRedirectingClient().StatusOfAsync(url));
    }

    [Theory]
    [InlineData(0, "0 Byte")]
    [InlineData(900, "900 Byte")]
    [InlineData(1024, "1 kB")]
    [InlineData(870_400, "850 kB")]
    [InlineData(1_300_000, "1,2 MB")]
    [InlineData(25L * 1024 * 1024, "25,0 MB")]
    public void File_sizes_read_the_Austrian_way(long bytes, string expected) =>
        Assert.Equal(expected, DownloadItemViewModel.FormatSize(bytes));
}
