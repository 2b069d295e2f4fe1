using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>A showcase page goes online only in a version its firm approved; every edit needs a new approval.</summary>
public class ShowcaseApprovalTests
{
    [Fact]
    public async Task Publishing_needs_the_firms_approval_of_the_current_version_and_again_after_an_edit()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();
        var slug = await portal.WithDbAsync(db => db.Partners.Where(p => p.Id == firms.AlphaId).Select(p => p.Slug).SingleAsync());

        using var refused = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Published"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("kann erst veröffentlicht werden, wenn die Firma genau diese Fassung freigegeben hat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(PublishState.Draft, await StateAsync(portal, firms.AlphaId));

        using var approved = await PartnerForms.ApproveAsFirmAsync(firm);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var review = await portal.WithDbAsync(db => db.ShowcaseReviews.SingleAsync(r => r.PartnerId == firms.AlphaId));
        Assert.Equal((ShowcaseDecision.Approved, "Test-Kontaktperson", (string?)null), (review.Decision, review.DecidedByName, review.RecordedBy));

        using var published = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Published"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/auslage/" + slug)).Status);

        using var editRefused = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Published", teaser: "Ein neuer Kurztext."));
        Assert.Equal(HttpStatusCode.OK, editRefused.StatusCode);
        Assert.DoesNotContain("Ein neuer Kurztext.", (await visitor.OpenAsync("/auslage/" + slug)).Html, StringComparison.Ordinal);

        using var draft = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Draft", teaser: "Ein neuer Kurztext."));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Contains("wartet auf Ihre Freigabe", (await firm.OpenAsync("/mein-bereich")).Html, StringComparison.Ordinal);
        Assert.Contains("Ein neuer Kurztext.", (await firm.OpenAsync("/mein-bereich/auslage")).Html, StringComparison.Ordinal);
        using var reapproved = await PartnerForms.ApproveAsFirmAsync(firm);
        using var republished = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Published"));

        Assert.Equal(HttpStatusCode.Redirect, republished.StatusCode);
        Assert.Contains("Ein neuer Kurztext.", (await visitor.OpenAsync("/auslage/" + slug)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approval_of_an_older_version_does_not_publish_a_changed_page_even_outside_the_form()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        await portal.ApproveShowcaseAsync(firms.AlphaId);

        var attempt = await Record.ExceptionAsync(() => portal.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync(p => p.Id == firms.AlphaId);
            partner.ShowcaseMarkdown = "Nicht freigegebener Text.";
            partner.State = PublishState.Published;
        }));

        Assert.IsType<Web.Services.PartnerArea.ShowcaseNotApprovedException>(attempt);
        Assert.Equal(PublishState.Draft, await StateAsync(portal, firms.AlphaId));
    }

    [Fact]
    public async Task An_empty_change_request_is_refused_with_an_error_summary_linked_to_the_comment_field()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var reviewsBefore = await portal.WithDbAsync(db => db.ShowcaseReviews.CountAsync());

        using var empty = await PartnerForms.RequestChangesAsFirmAsync(firm, "   ");
        var page = await firm.OpenAsync("/mein-bereich");

        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        Assert.Equal("#Comment", page.Document.QuerySelector("#aenderungen .form-errors a")?.GetAttribute("href"));
        Assert.Equal("true", page.Document.QuerySelector("#Comment")?.GetAttribute("aria-invalid"));
        Assert.Contains("was wir an Ihrer Auslage ändern sollen", page.Document.QuerySelector("#Comment-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(reviewsBefore, await portal.WithDbAsync(db => db.ShowcaseReviews.CountAsync()));

        var again = await firm.OpenAsync("/mein-bereich");
        Assert.Null(again.Document.QuerySelector("#aenderungen .form-errors"));
    }

    [Fact]
    public async Task A_change_request_reaches_the_staff_list_and_dashboard_and_staff_can_record_a_written_approval()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var request = await PartnerForms.RequestChangesAsFirmAsync(firm, "Bitte das neue Logo verwenden.");
        var list = await staff.OpenAsync("/admin/freigaben");
        var dashboard = await staff.OpenAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, request.StatusCode);
        Assert.Contains("Bitte das neue Logo verwenden.", list.Html, StringComparison.Ordinal);
        Assert.Contains($"/admin/partner/{firms.AlphaId}/zugang", list.Html, StringComparison.Ordinal);
        Assert.Contains("/admin/freigaben", dashboard.Document.QuerySelector("main .notice")?.InnerHtml ?? "", StringComparison.Ordinal);

        var access = await staff.OpenAsync($"/admin/partner/{firms.AlphaId}/zugang");
        var hash = access.Document.QuerySelector("input[name='Record.Hash']")!.GetAttribute("value")!;
        using var recorded = await staff.SubmitFormAsync($"/admin/partner/{firms.AlphaId}/zugang/freigabe-erfassen",
            new() { ["Record.Hash"] = hash, ["Record.DecidedByName"] = "Mag. Eva Huber", ["Record.Note"] = "E-Mail vom 3. März" }, formPage: $"/admin/partner/{firms.AlphaId}/zugang");
        using var published = await PartnerForms.SaveAsStaffAsync(staff, firms.AlphaId, await PartnerForms.StaffFieldsAsync(portal, firms.AlphaId, "Published"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var approval = await portal.WithDbAsync(db => db.ShowcaseReviews.Where(r => r.PartnerId == firms.AlphaId && r.Decision == ShowcaseDecision.Approved).SingleAsync());
        Assert.Equal(("Mag. Eva Huber", "E-Mail vom 3. März"), (approval.DecidedByName, approval.Comment));
        Assert.NotNull(approval.RecordedBy);
        Assert.Contains("Mag. Eva Huber", (await firm.OpenAsync("/mein-bereich")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_partner_cannot_be_created_as_published_and_every_demo_partner_has_an_approval()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = await PartnerForms.StaffFieldsAsync(portal, await portal.WithDbAsync(db => db.Partners.Select(p => p.Id).FirstAsync()), "Published");
        fields["Name"] = "Ganz Neu GmbH";
        fields["Slug"] = "ganz-neu";

        using var created = await staff.SubmitMultipartAsync("/admin/partner/neu", fields, null);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Partners.CountAsync(p => p.Slug == "ganz-neu")));
        var unapproved = await portal.WithDbAsync(async db => (await db.Partners.AsNoTracking().ToListAsync())
            .Count(p => !db.ShowcaseReviews.Any(r => r.PartnerId == p.Id && r.ContentHash == Web.Services.PartnerArea.ShowcaseFingerprint.Of(p) && r.Decision == ShowcaseDecision.Approved)));
        Assert.Equal(0, unapproved);
    }

    private static Task<PublishState> StateAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.State).SingleAsync());
}
