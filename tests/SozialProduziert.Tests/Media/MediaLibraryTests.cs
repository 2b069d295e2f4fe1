using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Tests.Media;

/// <summary>The image pipeline through real HTTP: the media library form, the limits, and serving the variants.</summary>
public class MediaLibraryTests
{
    private const string Alt = "Eine Tischlerin schleift ein Regal aus Altholz";

    [Fact]
    public async Task An_uploaded_photo_is_stored_and_served_at_hashed_urls_cached_forever()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.UploadAsync(CraftedFiles.PhoneJpeg(2400, 1600), "IMG_0001.jpg", Alt);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var variants = await portal.WithDbAsync(db => db.MediaVariants.Select(v => new { v.Hash, v.Format, v.Width }).ToListAsync());
        Assert.Equal([480, 480, 960, 960, 1600, 1600], variants.Select(v => v.Width).Order());
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.MediaUploaded)));
        var library = await staff.OpenAsync(MediaUploads.Page);
        Assert.Contains(Alt, library.Html, StringComparison.Ordinal);

        var visitor = portal.CreateBrowser();
        foreach (var variant in variants)
        {
            var url = MediaLookup.UrlFor(variant.Hash, variant.Format);
            using var image = await visitor.GetAsync(url);
            var bytes = await image.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", image.Headers.CacheControl?.ToString());
            Assert.Equal(variant.Format == ImageFormatKind.WebP ? "image/webp" : "image/jpeg", image.Content.Headers.ContentType?.MediaType);
            Assert.False(CraftedFiles.Contains(bytes, "Exif\0\0"u8), url);

            using var revalidation = new HttpRequestMessage(HttpMethod.Get, url);
            revalidation.Headers.IfNoneMatch.Add(image.Headers.ETag!);
            using var notModified = await visitor.SendAsync(revalidation);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        { "truncated", "urlaub.jpg", "Die Bilddatei ist beschädigt oder unvollständig." },
        { "png-bomb", "riesig.png", "Das Bild ist zu groß: höchstens 40 Megapixel bzw. 10.000 Pixel pro Seite." },
        { "tiff", "scan.jpg", "Diese Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder GIF)." },
        { "text", "foto.jpg", "Diese Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder GIF)." },
        { "20mb", "kamera.jpg", "Die Datei ist größer als 15 MB." },
        { "empty", "leer.jpg", "Diese Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder GIF)." },
        { "none", "", "Bitte wählen Sie eine Bilddatei aus." },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_file_is_explained_in_german_on_the_form_keeping_the_alt_text(string kind, string fileName, string message)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var file = kind switch
        {
            "truncated" => CraftedFiles.TruncatedJpeg(),
            "png-bomb" => CraftedFiles.PngDeclaring(50_000, 50_000),
            "tiff" => CraftedFiles.Tiff(),
            "text" => CraftedFiles.Text(),
            "20mb" => CraftedFiles.Oversized(20 * 1024 * 1024),
            _ => [],
        };

        using var response = await staff.UploadAsync(file, fileName, Alt);
        var page = await HtmlPage.GetAsync(staff, MediaUploads.Page);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Alt}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#NewImages\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task A_missing_alt_text_is_asked_for_and_nothing_is_stored()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.UploadAsync(CraftedFiles.Jpeg(640, 480), "foto.jpg", " ");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte beschreiben Sie im Alternativtext, was auf dem Bild zu sehen ist.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#NewImagesAltText\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task A_polyglot_is_stored_as_a_plain_jpeg_and_never_served_with_its_zip()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.UploadAsync(CraftedFiles.JpegZipPolyglot(), "harmlos.jpg", Alt);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await portal.WithDbAsync(db => db.MediaVariants.Select(v => v.Data).ToListAsync());
        Assert.NotEmpty(stored);
        Assert.All(stored, data => Assert.False(CraftedFiles.Contains(data, "PK\x03\x04"u8)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_request_limit_gets_413_and_the_german_error_page(bool knownLength)
    {
        await using var portal = new PortalFactory();
        var limited = portal.WithWebHostBuilder(host => host.UseSetting("Media:MaxRequestBytes", (16 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var email = $"redaktion-{Guid.NewGuid():N}@komunitas.example";
        await portal.CreateStaffAsync(email, Roles.Editor);
        var staff = limited.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var signedIn = await staff.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var response = await staff.UploadAsync(CraftedFiles.Oversized(20 * 1024 * 1024), "kamera.jpg", Alt, knownLength);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Datei oder Eingabe zu groß", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task An_upload_without_the_anti_forgery_token_is_refused()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var form = MediaUploads.Form(CraftedFiles.Jpeg(640, 480), "foto.jpg", Alt, token: null);

        using var response = await staff.PostAsync(MediaUploads.Page, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task Anonymous_visitors_neither_see_nor_upload()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateBrowser();
        using var form = MediaUploads.Form(CraftedFiles.Jpeg(640, 480), "foto.jpg", Alt, token: null);

        using var page = await visitor.GetAsync(MediaUploads.Page);
        using var post = await visitor.PostAsync(MediaUploads.Page, form);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_variant_is_404_even_when_revalidated()
    {
        await using var portal = new PortalFactory();
        var url = $"/media/{new string('a', 64)}.jpg";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{new string('a', 64)}\""));

        using var plain = await portal.CreateBrowser().GetAsync(url);
        using var revalidated = await portal.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revalidated.StatusCode);
    }
}
