using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating downloads with real multipart uploads, and the public download list and files following each step.</summary>
public class DownloadCurationTests
{
    [Fact]
    public async Task A_download_is_uploaded_as_draft_published_replaced_renamed_archived_and_trashed_and_the_site_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();
        var report = Pdf(40_000);

        using var created = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Endbericht 2024", "endbericht-2024", "Draft"),
            new UploadedFile("File", "C:\\Berichte\\Endbericht März 2024 (final).PDF", "application/pdf", report));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.WithDbAsync(db => db.Downloads.Where(d => d.Slug == "endbericht-2024").Select(d => d.Id).SingleAsync());
        var file = await portal.WithDbAsync(db => db.StoredFiles.SingleAsync());
        Assert.Equal(("Endbericht-Maerz-2024-final.pdf", "application/pdf", (long)report.Length, Convert.ToHexStringLower(SHA256.HashData(report))),
            (file.FileName, file.ContentType, file.Length, file.Sha256));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/downloads/endbericht-2024")).StatusCode);
        Assert.DoesNotContain("Endbericht 2024", await visitor.GetStringAsync("/downloads"), StringComparison.Ordinal);
        Assert.Equal(report, await staff.GetByteArrayAsync($"/admin/downloads/{id}/datei"));

        using var published = await staff.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Endbericht 2024", "endbericht-2024", "Published", version: 0), null);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Endbericht 2024", await visitor.GetStringAsync("/downloads"), StringComparison.Ordinal);
        using (var download = await visitor.GetAsync("/downloads/endbericht-2024"))
        {
            Assert.Equal(report, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Endbericht-Maerz-2024-final.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        }

        var revised = Pdf(50_000);
        using var replaced = await staff.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Endbericht 2024", "endbericht-2024", "Published", version: 1),
            new UploadedFile("File", "endbericht-v2.pdf", "application/pdf", revised));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(revised, await visitor.GetByteArrayAsync("/downloads/endbericht-2024"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.StoredFiles.CountAsync()));

        using var renamed = await staff.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Endbericht 2024", "abschlussbericht", "Published", version: 2), null);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using (var oldAddress = await visitor.GetAsync("/downloads/endbericht-2024"))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
            Assert.Equal("/downloads/abschlussbericht", oldAddress.Headers.Location?.OriginalString);
        }

        // Saving without a new file kept the replaced one.
        Assert.Equal(revised, await visitor.GetByteArrayAsync("/downloads/abschlussbericht"));

        using var archived = await staff.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Endbericht 2024", "abschlussbericht", "Archived", version: 3), null);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/downloads/abschlussbericht")).StatusCode);
        Assert.DoesNotContain("Endbericht 2024", await visitor.GetStringAsync("/downloads"), StringComparison.Ordinal);

        using var trashed = await staff.SubmitFormAsync($"/admin/downloads/{id}/loeschen", [], formPage: $"/admin/downloads/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/downloads/{id}")).StatusCode);
        var revisions = await portal.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == "Download" && r.ContentId == id).OrderBy(r => r.Number).Select(r => r.Snapshot).ToListAsync());
        Assert.Equal(6, revisions.Count);
        var fileIds = await portal.WithDbAsync(db => db.StoredFiles.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        Assert.Contains($"\"StoredFileId\":{fileIds[0]}", revisions[0], StringComparison.Ordinal);
        Assert.Contains($"\"StoredFileId\":{fileIds[1]}", revisions[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_earlier_revision_brings_back_its_file_because_replaced_files_are_kept()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var first = Pdf(3000);
        var second = Pdf(4000);
        using var created = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Broschüre", "broschuere", "Published"), new UploadedFile("File", "erste.pdf", "application/pdf", first));
        var id = await portal.WithDbAsync(db => db.Downloads.Where(d => d.Slug == "broschuere").Select(d => d.Id).SingleAsync());
        using var replaced = await staff.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Broschüre", "broschuere", "Published", version: 0), new UploadedFile("File", "zweite.pdf", "application/pdf", second));
        Assert.Equal(second, await staff.GetByteArrayAsync("/downloads/broschuere"));

        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/Download/{id}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/Download/{id}/version/1");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(first, await staff.GetByteArrayAsync("/downloads/broschuere"));
    }

    [Fact]
    public async Task A_new_download_without_a_file_is_refused_in_german_keeping_what_was_typed()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("Leitfaden", "", "Draft");
        fields["Description"] = "Eine Beschreibung, die bleiben soll.";

        using var response = await staff.SubmitMultipartAsync("/admin/downloads/neu", fields, null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte wählen Sie die PDF-Datei aus", html, StringComparison.Ordinal);
        Assert.Contains("Eine Beschreibung, die bleiben soll.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Leitfaden\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Downloads.CountAsync()));
    }

    [Theory]
    [InlineData("notizen.pdf", "Nur ein Text, kein PDF.")]
    [InlineData("bild.pdf", "\u0089PNG\r\n\u001a\n")]
    [InlineData("kurz.pdf", "%PD")]
    public async Task A_file_that_is_not_a_pdf_is_refused_whatever_its_name(string fileName, string content)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Falsches Format", "", "Draft"),
            new UploadedFile("File", fileName, "application/pdf", Encoding.Latin1.GetBytes(content)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("ist kein PDF|leer oder unvollständig", html);
        Assert.Contains("value=\"Falsches Format\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused_in_german_and_a_larger_body_is_not_even_read()
    {
        await using var portal = new PortalFactory();
        var small = portal.WithWebHostBuilder(host => host.UseSetting("Downloads:MaxBytes", "1024"));
        var staff = await portal.SignInAsStaffAsync(small, Roles.Editor);

        using var tooLarge = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Zu groß", "", "Draft"), new UploadedFile("File", "gross.pdf", "application/pdf", Pdf(4096)));
        var html = await tooLarge.Content.ReadAsStringAsync();
        using var fits = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Passt", "", "Draft"), new UploadedFile("File", "klein.pdf", "application/pdf", Pdf(1000)));
        using var hugeBody = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Riesig", "", "Draft"), new UploadedFile("File", "riesig.pdf", "application/pdf", Pdf(2 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.OK, tooLarge.StatusCode);
        Assert.Contains("Die Datei „gross.pdf“ ist 4 kB groß; erlaubt sind höchstens 1 kB.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Zu groß\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fits.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeBody.StatusCode);
        Assert.Contains("zu groß", await hugeBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Passt"], await portal.WithDbAsync(db => db.Downloads.Select(d => d.Title).ToListAsync()));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_showing_both_versions_and_keeping_the_first_file()
    {
        await using var portal = new PortalFactory();
        var first = await portal.SignInAsStaffAsync(Roles.Editor);
        var second = await portal.SignInAsStaffAsync(Roles.Editor);
        var original = Pdf(2000);
        using var created = await first.SubmitMultipartAsync("/admin/downloads/neu", Fields("Folder", "folder", "Draft"), new UploadedFile("File", "folder.pdf", "application/pdf", original));
        var id = await portal.WithDbAsync(db => db.Downloads.Where(d => d.Slug == "folder").Select(d => d.Id).SingleAsync());

        using var saved = await first.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Folder von Anna", "folder", "Draft", version: 0), null);
        using var conflict = await second.SubmitMultipartAsync($"/admin/downloads/{id}", Fields("Folder von Bernd", "folder", "Draft", version: 0),
            new UploadedFile("File", "bernd.pdf", "application/pdf", Pdf(3000)));
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Folder von Anna", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Folder von Bernd\"", html, StringComparison.Ordinal);
        Assert.Contains("„bernd.pdf“ wurde noch nicht gespeichert", html, StringComparison.Ordinal);
        Assert.Equal("Folder von Anna", await portal.WithDbAsync(db => db.Downloads.Where(d => d.Id == id).Select(d => d.Title).SingleAsync()));
        Assert.Equal(original, await first.GetByteArrayAsync($"/admin/downloads/{id}/datei"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task The_list_searches_and_filters_by_state()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var a = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Jahresbericht", "", "Published"), new UploadedFile("File", "a.pdf", "application/pdf", Pdf(100)));
        using var b = await staff.SubmitMultipartAsync("/admin/downloads/neu", Fields("Checkliste Vergabe", "", "Draft"), new UploadedFile("File", "b.pdf", "application/pdf", Pdf(100)));

        var drafts = await staff.OpenAsync("/admin/downloads?status=entwurf");
        var search = await staff.OpenAsync("/admin/downloads?q=jahres");

        Assert.Equal("Downloads", drafts.H1);
        Assert.Contains("Checkliste Vergabe", drafts.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jahresbericht", drafts.Html, StringComparison.Ordinal);
        Assert.Contains("Jahresbericht", search.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Checkliste Vergabe", search.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/downloads")]
    [InlineData("/admin/downloads/neu")]
    [InlineData("/admin/downloads/1")]
    [InlineData("/admin/downloads/1/datei")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Bytes that start like a PDF, filled with random data so two files never match.</summary>
    private static byte[] Pdf(int length)
    {
        var data = RandomNumberGenerator.GetBytes(length);
        "%PDF-1.7\n"u8.CopyTo(data);
        return data;
    }

    private static Dictionary<string, string> Fields(string title, string slug, string state, int? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Slug"] = slug,
            ["State"] = state,
            ["Description"] = "",
            ["PublishAtLocal"] = "",
        };
        if (version is { } v)
        {
            fields["Version"] = v.ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }
}
