using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Media;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Galleries of examples and offers and the logos of Sozialbetriebe and partners, edited through the real forms.</summary>
public class GalleryEditingTests
{
    private const string MissingAlt = "Bitte beschreiben Sie im Alternativtext, was auf dem Bild zu sehen ist.";
    private const string FilesLost = "Die gewählten Bilddateien wurden noch nicht gespeichert.";

    [Fact]
    public async Task A_public_picture_lists_each_format_narrowest_first_falls_back_to_the_jpeg_nearest_960_and_encodes_its_alt_text()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        const string alt = "Regal \"Marke <Eigenbau>\" & Co";
        var fields = ExampleForm.Fields("Regale aus Altholz", "Published", "regale").With("NewImagesAltText", alt);

        using var created = await staff.PostMultipartAsync("/admin/praxisbeispiele/neu", fields, Jpeg("gross.jpg", 2400, 1600));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var variants = await portal.WithDbAsync(db => db.MediaVariants.Select(v => new { v.Hash, v.Format, v.Width }).ToListAsync());
        string SrcSet(ImageFormatKind format) => string.Join(", ", variants.Where(v => v.Format == format).OrderBy(v => v.Width)
            .Select(v => $"{Web.Services.Media.MediaLookup.UrlFor(v.Hash, v.Format)} {v.Width}w"));
        var page = await portal.CreateBrowser().OpenAsync("/praxisbeispiele/regale");
        var img = Assert.Single(page.Document.QuerySelectorAll(".gallery img"));
        Assert.Equal(SrcSet(ImageFormatKind.WebP), img.ParentElement!.QuerySelector("source[type='image/webp']")?.GetAttribute("srcset"));
        Assert.Equal(SrcSet(ImageFormatKind.Jpeg), img.GetAttribute("srcset"));
        Assert.Equal(3, img.GetAttribute("srcset")!.Split(", ").Length);
        var fallback = variants.Single(v => v.Format == ImageFormatKind.Jpeg && v.Width == 960);
        Assert.Equal(Web.Services.Media.MediaLookup.UrlFor(fallback.Hash, fallback.Format), img.GetAttribute("src"));
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.Equal(("2400", "1600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Contains("alt=\"Regal &quot;Marke &lt;Eigenbau&gt;&quot; &amp; Co\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploaded_images_appear_on_the_public_example_in_the_chosen_order_and_follow_reordering_removal_and_restore()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();
        var fields = ExampleForm.Fields("Regale aus Altholz", "Published", "regale").With("NewImagesAltText", "Regal aus Altholz");

        using var created = await staff.PostMultipartAsync("/admin/praxisbeispiele/neu", fields, Jpeg("vorne.jpg", 800, 600), Jpeg("seite.jpg", 600, 800));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.IdOfAsync("regale");
        var (front, side) = (await GalleryAsync(portal, id)) is [var a, var b] ? (a, b) : throw new InvalidOperationException("Two images expected.");
        var pictures = await PublicGalleryAsync(visitor, "/praxisbeispiele/regale");
        Assert.Equal(["Regal aus Altholz", "Regal aus Altholz"], pictures.Select(p => p.GetAttribute("alt")));
        Assert.Equal(["800", "600"], pictures.Select(p => p.GetAttribute("width")));
        Assert.All(pictures, p => Assert.Contains(" 480w", p.GetAttribute("srcset"), StringComparison.Ordinal));
        Assert.All(pictures, p => Assert.Contains(" 480w", p.ParentElement!.QuerySelector("source[type='image/webp']")?.GetAttribute("srcset"), StringComparison.Ordinal));

        var edit = ExampleForm.Fields("Regale aus Altholz", "Published", "regale", version: 0)
            .Row(0, front, "Regal von vorne", 2).Row(1, side, "Regal von der Seite", 1);
        using var reordered = await staff.PostMultipartAsync($"/admin/praxisbeispiele/{id}", edit);

        Assert.Equal(HttpStatusCode.Redirect, reordered.StatusCode);
        Assert.Equal(["Regal von der Seite", "Regal von vorne"], (await PublicGalleryAsync(visitor, "/praxisbeispiele/regale")).Select(p => p.GetAttribute("alt")));

        var removal = ExampleForm.Fields("Regale aus Altholz", "Published", "regale", version: 1)
            .Row(0, side, "Regal von der Seite", 1, remove: true).Row(1, front, "Regal von vorne", 2);
        using var removed = await staff.PostMultipartAsync($"/admin/praxisbeispiele/{id}", removal);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(["Regal von vorne"], (await PublicGalleryAsync(visitor, "/praxisbeispiele/regale")).Select(p => p.GetAttribute("alt")));
        Assert.Equal(2, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));

        // Revision 1 is the example as created: both images, the front view first.
        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/BestPracticeExample/{id}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/BestPracticeExample/{id}/version/1");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal([front, side], await GalleryAsync(portal, id));
        Assert.Equal(["Regal von vorne", "Regal von der Seite"], (await PublicGalleryAsync(visitor, "/praxisbeispiele/regale")).Select(p => p.GetAttribute("alt")));
    }

    [Fact]
    public async Task A_failed_save_keeps_the_gallery_edits_and_asks_for_the_files_again()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var (id, front, side) = await ExampleWithTwoImagesAsync(portal, staff);

        var fields = ExampleForm.Fields("", "Published", "regale", version: 0).With("NewImagesAltText", "Regal im Schauraum")
            .Row(0, front, "Regal von vorne, frisch geölt", 7).Row(1, side, "Regal von der Seite", 3, remove: true);
        using var response = await staff.PostMultipartAsync($"/admin/praxisbeispiele/{id}", fields, Jpeg("schauraum.jpg", 640, 480));
        var form = await HtmlOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie einen Titel ein.", form.Source.Text, StringComparison.Ordinal);
        Assert.Contains(FilesLost, form.Source.Text, StringComparison.Ordinal);
        Assert.Equal("Regal von vorne, frisch geölt", form.QuerySelector("#Gallery_0__AltText")?.GetAttribute("value"));
        Assert.Equal("7", form.QuerySelector("#Gallery_0__SortOrder")?.GetAttribute("value"));
        Assert.Equal("3", form.QuerySelector("#Gallery_1__SortOrder")?.GetAttribute("value"));
        Assert.True(form.QuerySelector("#Gallery_1__Remove")?.HasAttribute("checked"));
        Assert.False(form.QuerySelector("#Gallery_0__Remove")?.HasAttribute("checked"));
        Assert.NotNull(form.QuerySelector("img.gallery-editor__thumb"));
        Assert.Equal("Regal im Schauraum", form.QuerySelector("#NewImagesAltText")?.GetAttribute("value"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
        Assert.Equal([front, side], await GalleryAsync(portal, id));
    }

    [Fact]
    public async Task A_new_image_without_alt_text_is_refused_in_german_and_the_rest_of_the_form_kept()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var (id, front, side) = await ExampleWithTwoImagesAsync(portal, staff);

        var fields = ExampleForm.Fields("Regale aus Altholz", "Published", "regale", version: 0, body: "Neuer Text über die Regale.").With("NewImagesAltText", " ")
            .Row(0, front, "Regal von vorne, frisch geölt", 1).Row(1, side, "Regal von der Seite", 2);
        using var response = await staff.PostMultipartAsync($"/admin/praxisbeispiele/{id}", fields, Jpeg("ohne-text.jpg", 640, 480));
        var form = await HtmlOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(MissingAlt, form.Source.Text, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector(".form-errors a[href='#NewImagesAltText']"));
        Assert.Contains("Neuer Text über die Regale.", form.QuerySelector("#BodyMarkdown")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Regal von vorne, frisch geölt", form.QuerySelector("#Gallery_0__AltText")?.GetAttribute("value"));
        Assert.Contains(FilesLost, form.Source.Text, StringComparison.Ordinal);
        Assert.Equal(2, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
        Assert.Equal("Regal aus Altholz", await portal.WithDbAsync(db => db.MediaImages.Where(m => m.Id == front).Select(m => m.AltText).SingleAsync()));
    }

    [Theory]
    [InlineData("tiff")]
    [InlineData("text")]
    public async Task A_file_that_is_no_supported_image_is_refused_in_german_and_the_rest_of_the_form_kept(string kind)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var file = new UploadedFile("NewImages", "scan.jpg", "image/jpeg", kind == "tiff" ? CraftedFiles.Tiff() : CraftedFiles.Text());
        var fields = ExampleForm.Fields("Regale aus Altholz", "Published", "regale").With("NewImagesAltText", "Ein Regal");

        using var response = await staff.PostMultipartAsync("/admin/praxisbeispiele/neu", fields, file);
        var form = await HtmlOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Diese Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder GIF).", form.Source.Text, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector(".form-errors a[href='#NewImages']"));
        Assert.Equal("Regale aus Altholz", form.QuerySelector("#Title")?.GetAttribute("value"));
        Assert.Equal("Ein Regal", form.QuerySelector("#NewImagesAltText")?.GetAttribute("value"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Examples.CountAsync()));
        Assert.Equal(0, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task An_offer_gets_its_gallery_through_its_form()
    {
        await using var portal = new PortalFactory();
        var enterprise = new SocialEnterpriseBuilder().Titled("Holzwerk Traisen").WithSlug("holzwerk-traisen").Build();
        await portal.WithDbAsync(async db =>
        {
            db.SocialEnterprises.Add(enterprise);
            await db.SaveChangesAsync();
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Offer(enterprise.Id, "Vogelhaus", "vogelhaus", "Published").With("NewImagesAltText", "Vogelhaus aus Lärchenholz");

        using var created = await staff.PostMultipartAsync("/admin/angebote/neu", fields, Jpeg("vogelhaus.jpg", 1200, 900));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var picture = Assert.Single(await PublicGalleryAsync(portal.CreateBrowser(), "/angebote/vogelhaus"));
        Assert.Equal("Vogelhaus aus Lärchenholz", picture.GetAttribute("alt"));
        Assert.Contains(" 960w", picture.GetAttribute("srcset"), StringComparison.Ordinal);
        var id = await portal.WithDbAsync(db => db.Offers.Where(o => o.Slug == "vogelhaus").Select(o => o.Id).SingleAsync());
        var editor = await staff.OpenAsync($"/admin/angebote/{id}");
        Assert.Equal("Vogelhaus aus Lärchenholz", editor.Document.QuerySelector("#Gallery_0__AltText")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_Sozialbetrieb_logo_is_uploaded_shown_on_the_profile_and_removed()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();
        var fields = DirectoryForms.Enterprise("Holzwerk Traisen", "holzwerk-traisen", "Published").With("NewImagesAltText", "Logo Holzwerk Traisen");

        using var created = await staff.PostMultipartAsync("/admin/sozialbetriebe/neu", fields, Png("logo.png", 400, 200));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var logo = (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).Document.QuerySelector("img.logo");
        Assert.Equal("Logo Holzwerk Traisen", logo?.GetAttribute("alt"));
        Assert.Matches(@"^/media/\S+ 400w$", logo?.GetAttribute("srcset"));
        var id = await portal.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Slug == "holzwerk-traisen").Select(e => e.Id).SingleAsync());
        var editor = await staff.OpenAsync($"/admin/sozialbetriebe/{id}");
        Assert.Contains("Alternativtext: Logo Holzwerk Traisen", editor.Html, StringComparison.Ordinal);

        using var removed = await staff.PostMultipartAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Holzwerk Traisen", "holzwerk-traisen", "Published", version: 0).With("RemoveLogo", "true"));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).Document.QuerySelector("img.logo"));
        Assert.Null(await portal.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.LogoId).SingleAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    [Fact]
    public async Task A_partner_logo_is_uploaded_shown_in_the_showcase_replaced_and_removed()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        
        using var created = await staff.PostMultipartAsync("/admin/partner/neu", PartnerFields(null).With("NewImagesAltText", "Logo der Tischlerei Holzwurm"), Png("logo.png", 300, 300));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.WithDbAsync(db => db.Partners.Where(p => p.Slug == "holzwurm").Select(p => p.Id).SingleAsync());
        var preview = $"/admin/partner/{id}/vorschau";
        Assert.Equal("Logo der Tischlerei Holzwurm", (await staff.OpenAsync(preview)).Document.QuerySelector("img.logo")?.GetAttribute("alt"));

        using var replaced = await staff.PostMultipartAsync($"/admin/partner/{id}", PartnerFields(0).With("NewImagesAltText", "Neues Logo der Tischlerei Holzwurm"), Jpeg("logo-neu.jpg", 500, 250));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Neues Logo der Tischlerei Holzwurm", (await staff.OpenAsync(preview)).Document.QuerySelector("img.logo")?.GetAttribute("alt"));

        using var removed = await staff.PostMultipartAsync($"/admin/partner/{id}", PartnerFields(1).With("RemoveLogo", "true"));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await staff.OpenAsync(preview)).Document.QuerySelector("img.logo"));
        Assert.Equal(2, await portal.WithDbAsync(db => db.MediaImages.CountAsync()));
    }

    private static async Task<(int Id, int Front, int Side)> ExampleWithTwoImagesAsync(PortalFactory portal, HttpClient staff)
    {
        var fields = ExampleForm.Fields("Regale aus Altholz", "Published", "regale").With("NewImagesAltText", "Regal aus Altholz");
        using var created = await staff.PostMultipartAsync("/admin/praxisbeispiele/neu", fields, Jpeg("vorne.jpg", 800, 600), Jpeg("seite.jpg", 600, 800));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.IdOfAsync("regale");
        return await GalleryAsync(portal, id) is [var front, var side] ? (id, front, side) : throw new InvalidOperationException("Two images expected.");
    }

    private static Task<List<int>> GalleryAsync(PortalFactory portal, int exampleId) =>
        portal.WithDbAsync(db => db.Set<ExampleImage>().Where(i => i.ExampleId == exampleId).OrderBy(i => i.SortOrder).Select(i => i.MediaImageId).ToListAsync());

    private static async Task<List<IElement>> PublicGalleryAsync(HttpClient visitor, string url)
    {
        var page = await visitor.OpenAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll(".gallery img").ToList();
    }

    private static async Task<IDocument> HtmlOf(HttpResponseMessage response) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static UploadedFile Jpeg(string name, int width, int height) => new("NewImages", name, "image/jpeg", CraftedFiles.Jpeg(width, height));

    private static UploadedFile Png(string name, int width, int height) => new("NewImages", name, "image/png", CraftedFiles.TransparentPng(width, height));

    private static Dictionary<string, string> PartnerFields(int? version)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = "Tischlerei Holzwurm",
            ["Slug"] = "holzwurm",
            // A draft: every new logo is a new version of the showcase page, which the firm would have to approve before it goes live.
            ["State"] = "Draft",
            ["Kind"] = "unternehmen",
            ["DistrictId"] = ReferenceData.DefaultDistrictId.ToString(CultureInfo.InvariantCulture),
            ["Teaser"] = "Ein regionaler Betrieb, der mit Sozialbetrieben zusammenarbeitet.",
            ["ShowcaseMarkdown"] = "Wir vergeben Aufträge an **Sozialbetriebe**.",
            ["PublishAtLocal"] = "",
        };
        return version is { } v ? fields.With("Version", v.ToString(CultureInfo.InvariantCulture)) : fields;
    }
}

/// <summary>Multipart posts with several files and gallery rows, as the edit forms send them.</summary>
internal static class GalleryForm
{
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    /// <summary>One row of _GalleryEditor; an unticked remove box is simply not sent, as in a browser.</summary>
    public static Dictionary<string, string> Row(this Dictionary<string, string> fields, int index, int imageId, string altText, int order, bool remove = false)
    {
        fields[$"Gallery[{index}].MediaImageId"] = imageId.ToString(CultureInfo.InvariantCulture);
        fields[$"Gallery[{index}].AltText"] = altText;
        fields[$"Gallery[{index}].SortOrder"] = order.ToString(CultureInfo.InvariantCulture);
        if (remove)
        {
            fields[$"Gallery[{index}].Remove"] = "true";
        }

        return fields;
    }

    /// <summary>GETs the form page for the anti-forgery token, then POSTs fields and files; no file sends an empty part, as browsers do.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string action, Dictionary<string, string> fields, params UploadedFile[] files)
    {
        var token = await client.AntiforgeryTokenAsync(action);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (files.Length == 0)
        {
            var empty = new ByteArrayContent([]);
            empty.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            empty.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"NewImages\"", FileName = "\"\"" };
            content.Add(empty);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Data);
            part.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
            content.Add(part, file.FieldName, file.FileName);
        }

        return await client.PostAsync(action, content);
    }
}
