using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>The staff inbox: filter and search, the brokering steps, notes, assignments.</summary>
public class InquiryInboxTests
{
    [Fact]
    public async Task The_inbox_shows_open_inquiries_newest_first_and_filters_by_status_and_search()
    {
        await using var portal = new PortalFactory();
        var first = await portal.SubmitNeedAsync("a@beispiel.at", "Bäckerei Hofer");
        var second = await portal.SubmitNeedAsync("b@beispiel.at", "Gemeinde Ybbsitz");
        var declined = await portal.SubmitNeedAsync("c@beispiel.at", "Spedition Maier");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await staff.MoveAsync(declined, "neu", "abgelehnt");

        static IEnumerable<string> Numbers(HtmlPage page) => page.Document.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent);

        Assert.Equal([InquiryKit.Id(second), InquiryKit.Id(first)], Numbers(await staff.OpenAsync("/admin/anfragen")));
        Assert.Equal([InquiryKit.Id(declined)], Numbers(await staff.OpenAsync("/admin/anfragen?status=abgelehnt")));
        Assert.Equal([InquiryKit.Id(declined), InquiryKit.Id(second), InquiryKit.Id(first)], Numbers(await staff.OpenAsync("/admin/anfragen?status=alle")));
        Assert.Equal([InquiryKit.Id(second)], Numbers(await staff.OpenAsync("/admin/anfragen?q=ybbsitz")));
        Assert.Equal([InquiryKit.Id(first)], Numbers(await staff.OpenAsync("/admin/anfragen?q=a%40beispiel")));
        Assert.Empty(Numbers(await staff.OpenAsync("/admin/anfragen?q=100%25")));
    }

    [Fact]
    public async Task Staff_move_an_inquiry_through_the_steps_and_closing_sends_the_follow_up_only_once()
    {
        await using var portal = new PortalFactory();
        var id = await portal.SubmitNeedAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        foreach (var (from, to) in new[] { ("neu", "in-vermittlung"), ("in-vermittlung", "vermittelt"), ("vermittelt", "abgeschlossen"), ("abgeschlossen", "in-vermittlung"), ("in-vermittlung", "abgeschlossen") })
        {
            using var response = await staff.MoveAsync(id, from, to);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var inquiry = await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == id));
        Assert.Equal(InquiryStatus.Closed, inquiry.Status);
        var followUps = await portal.WithDbAsync(db => db.OutboxMails.Where(m => m.Purpose == MailPurposes.FollowUp).ToListAsync());
        Assert.Equal("einkauf@stadtwerke.example", Assert.Single(followUps).ToAddress);
        Assert.Equal(5, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.InquiryStatusChanged && a.ContentId == id)));
    }

    [Fact]
    public async Task A_step_from_a_status_someone_else_already_changed_is_refused_with_a_message()
    {
        await using var portal = new PortalFactory();
        var id = await portal.SubmitNeedAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await staff.MoveAsync(id, "neu", "abgelehnt");

        using var stale = await staff.MoveAsync(id, "neu", "in-vermittlung");
        var page = await staff.OpenAsync($"/admin/anfragen/{id}");

        Assert.Equal(InquiryStatus.Declined, (await portal.WithDbAsync(db => db.Inquiries.SingleAsync())).Status);
        Assert.Contains("steht inzwischen auf „Abgelehnt“", page.Document.QuerySelector(".flash")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Neu"], page.Document.QuerySelectorAll("form[action$='/status'] button").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Notes_keep_author_and_time_an_empty_note_is_refused_and_assignments_can_be_removed()
    {
        await using var portal = new PortalFactory();
        var enterpriseId = await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Sonnenhof").Build();
            db.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise.Id;
        });
        var id = await portal.SubmitNeedAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor, "eva.redaktion@komunitas.example");
        var url = $"/admin/anfragen/{id}";

        using var empty = await staff.SubmitFormAsync($"{url}/notizen", new() { ["Note.Text"] = "  " }, url);
        using var saved = await staff.SubmitFormAsync($"{url}/notizen", new() { ["Note.Text"] = "Angerufen: Planen liegen in Halle 2.\nAbholung ab März." }, url);
        using var assigned = await staff.SubmitFormAsync($"{url}/zuweisen", new() { ["socialEnterpriseId"] = InquiryKit.Id(enterpriseId) }, url);
        using var removed = await staff.SubmitFormAsync($"{url}/zuweisung-entfernen", new() { ["socialEnterpriseId"] = InquiryKit.Id(enterpriseId) }, url);
        var page = await staff.OpenAsync(url);

        var emptyPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("#Note_Text", emptyPage.QuerySelector(".form-errors a")?.GetAttribute("href"));
        var note = Assert.Single(page.Document.QuerySelectorAll(".note-list li"));
        Assert.Contains("eva.redaktion@komunitas.example", note.QuerySelector(".note-list__meta")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Abholung ab März.", note.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.InquiryAssignments.CountAsync()));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.InquiryUnassigned)));
    }
}
