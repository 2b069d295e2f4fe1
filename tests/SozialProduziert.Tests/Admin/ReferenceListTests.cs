using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>The editable reference lists: fields of work and quality marks, audited, and never deleted while in use.</summary>
public class ReferenceListTests
{
    [Fact]
    public async Task A_new_field_of_work_is_audited_and_offered_in_forms_and_public_filters()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var created = await staff.SubmitFormAsync("/admin/listen/arbeitsfelder/neu", new() { ["Name"] = "Keramik & Töpferei", ["Slug"] = "", ["SortOrder"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var field = await portal.WithDbAsync(db => db.FieldsOfWork.AsNoTracking().SingleAsync(f => f.Name == "Keramik & Töpferei"));
        Assert.Equal("keramik-toepferei", field.Slug);
        Assert.Equal(await portal.WithDbAsync(db => db.FieldsOfWork.MaxAsync(f => f.SortOrder)), field.SortOrder);
        Assert.Contains("Keramik &amp; Töpferei", (await staff.OpenAsync("/admin/listen")).Html, StringComparison.Ordinal);
        Assert.NotNull((await staff.OpenAsync("/admin/sozialbetriebe/neu")).Document.QuerySelector($"input[name=FieldOfWorkIds][value='{field.Id}']"));
        Assert.NotNull((await portal.CreateClient().OpenAsync("/sozialbetriebe")).Document.QuerySelector("#filter-feld option[value='keramik-toepferei']"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentCreated && a.ContentType == "FieldOfWork" && a.ContentId == field.Id)));
    }

    [Fact]
    public async Task Renaming_a_field_of_work_changes_it_everywhere_and_is_audited()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db => db.Add(new SocialEnterpriseBuilder().WithSlug("tischlerei").InFieldsOfWork(await db.FieldOfWorkAsync("Holz")).Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = ReferenceData.FieldOfWorkId("Holz");

        using var saved = await staff.SubmitFormAsync($"/admin/listen/arbeitsfelder/{id}", new() { ["Name"] = "Holz & Möbel", ["Slug"] = "holz", ["SortOrder"] = "5" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Holz &amp; Möbel", (await portal.CreateClient().OpenAsync("/sozialbetriebe/tischlerei")).Html, StringComparison.Ordinal);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.ContentUpdated && a.ContentType == "FieldOfWork" && a.ContentId == id));
        Assert.Contains("„Holz“", audit.Details, StringComparison.Ordinal);
        Assert.Contains("„Holz & Möbel“", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_work_in_use_cannot_be_deleted_and_the_message_says_how_often_it_is_used()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db =>
        {
            var holz = await db.FieldOfWorkAsync("Holz");
            var enterprise = new SocialEnterpriseBuilder().InFieldsOfWork(holz).Build();
            db.AddRange(enterprise, new OfferBuilder().By(enterprise).Build(), new OfferBuilder().By(enterprise).Draft().Build());
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = ReferenceData.FieldOfWorkId("Holz");

        using var refused = await staff.SubmitFormAsync($"/admin/listen/arbeitsfelder/{id}/loeschen", [], formPage: $"/admin/listen/arbeitsfelder/{id}");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Das Arbeitsfeld „Holz“ kann nicht gelöscht werden: Es wird noch von 3 Einträgen verwendet (1 Sozialbetrieb und 2 Angeboten", html, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.FieldsOfWork.AnyAsync(f => f.Id == id)));
        Assert.Equal(0, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentType == "FieldOfWork")));
    }

    [Fact]
    public async Task An_unused_field_of_work_is_deleted_and_audited()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = ReferenceData.FieldOfWorkId("Catering");
        var form = await staff.OpenAsync($"/admin/listen/arbeitsfelder/{id}");
        Assert.NotNull(form.Document.QuerySelector($"form[action='/admin/listen/arbeitsfelder/{id}/loeschen']"));

        using var deleted = await staff.SubmitFormAsync($"/admin/listen/arbeitsfelder/{id}/loeschen", [], formPage: $"/admin/listen/arbeitsfelder/{id}");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.FieldsOfWork.AnyAsync(f => f.Id == id)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentType == "FieldOfWork" && a.ContentId == id)));
    }

    [Fact]
    public async Task A_field_of_work_form_explains_a_taken_address_and_a_bad_sort_order_in_german()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitFormAsync("/admin/listen/arbeitsfelder/neu", new() { ["Name"] = "Holzbau", ["Slug"] = "holz", ["SortOrder"] = "zehn" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Die Adresse „holz“ hat schon ein anderes Arbeitsfeld.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte geben Sie die Reihenfolge als ganze Zahl ein", html, StringComparison.Ordinal);
        Assert.Contains("value=\"zehn\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Holzbau\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_marks_are_created_edited_and_deleted_only_when_no_Sozialbetrieb_holds_them()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db => db.Add(new SocialEnterpriseBuilder().WithQualityMarks(await db.QualityMarkAsync("goodworks")).Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var badWebsite = await staff.SubmitFormAsync("/admin/listen/guetesiegel/neu", new() { ["Name"] = "Fair-Siegel", ["Website"] = "ftp://fair.example" });
        Assert.Equal(HttpStatusCode.OK, badWebsite.StatusCode);
        Assert.Contains("mit http:// oder https://", await badWebsite.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var created = await staff.SubmitFormAsync("/admin/listen/guetesiegel/neu", new() { ["Name"] = "Fair-Siegel", ["Description"] = "Faire Arbeit.", ["Website"] = "www.fair.example" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var mark = await portal.WithDbAsync(db => db.QualityMarks.AsNoTracking().SingleAsync(q => q.Slug == "fair-siegel"));
        Assert.Equal("https://www.fair.example", mark.Website);

        var goodworks = await portal.WithDbAsync(db => db.QualityMarks.Where(q => q.Slug == "goodworks").Select(q => q.Id).SingleAsync());
        using var refused = await staff.SubmitFormAsync($"/admin/listen/guetesiegel/{goodworks}/loeschen", [], formPage: $"/admin/listen/guetesiegel/{goodworks}");
        Assert.Contains("Es ist noch bei 1 Sozialbetrieb eingetragen", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.QualityMarks.AnyAsync(q => q.Id == goodworks)));

        using var deleted = await staff.SubmitFormAsync($"/admin/listen/guetesiegel/{mark.Id}/loeschen", [], formPage: $"/admin/listen/guetesiegel/{mark.Id}");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.QualityMarks.AnyAsync(q => q.Id == mark.Id)));
        var actions = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.ContentType == "QualityMark" && a.ContentId == mark.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.ContentCreated, AuditAction.ContentDeleted], actions.Order());
    }

    [Fact]
    public async Task The_lists_page_shows_how_often_each_entry_is_used()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db => db.Add(new SocialEnterpriseBuilder().InFieldsOfWork(await db.FieldOfWorkAsync("Druck")).Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync("/admin/listen");
        var row = page.Document.QuerySelectorAll(".admin-table tbody tr").Single(r => r.QuerySelector("a")?.TextContent == "Druck");

        Assert.Equal("Arbeitsfelder & Gütesiegel", page.H1);
        Assert.Equal("1 Sozialbetrieb", row.QuerySelector("td:last-child")?.TextContent);
    }

    [Theory]
    [InlineData("/admin/listen")]
    [InlineData("/admin/listen/arbeitsfelder/neu")]
    [InlineData("/admin/listen/arbeitsfelder/1")]
    [InlineData("/admin/listen/guetesiegel/neu")]
    [InlineData("/admin/listen/guetesiegel/1")]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delete_post_without_antiforgery_token_is_refused()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = ReferenceData.FieldOfWorkId("Catering");

        using var response = await staff.PostAsync($"/admin/listen/arbeitsfelder/{id}/loeschen", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await portal.WithDbAsync(db => db.FieldsOfWork.AnyAsync(f => f.Id == id)));
    }
}
