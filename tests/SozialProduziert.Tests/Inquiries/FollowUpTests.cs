using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Inquiries;

namespace SozialProduziert.Tests.Inquiries;

/// <summary>The follow-up after closing: a single-use link to a small form whose answers staff see.</summary>
public class FollowUpTests
{
    [Fact]
    public async Task The_link_from_the_closing_mail_takes_one_answer_and_is_used_up_afterwards()
    {
        await using var portal = new PortalFactory();
        var id = await portal.SubmitNeedAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await staff.MoveAsync(id, "neu", "in-vermittlung");
        await staff.MoveAsync(id, "in-vermittlung", "abgeschlossen");
        var token = await portal.FollowUpTokenAsync();
        var visitor = portal.CreateBrowser();

        var form = await visitor.OpenAsync($"/rueckmeldung?code={token}");
        using var answered = await visitor.SubmitFormAsync($"/rueckmeldung?code={token}", new() { ["Outcome"] = "ja", ["Value"] = "2.500,50" });
        var again = await visitor.OpenAsync($"/rueckmeldung?code={token}");
        // The used link's page has no form any more; the token of another form page is as good for the anti-forgery check.
        using var secondPost = await visitor.SubmitFormAsync($"/rueckmeldung?code={token}", new() { ["Outcome"] = "nein" }, formPage: "/bedarf");
        var staffView = await staff.OpenAsync($"/admin/anfragen/{id}");

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains($"Nr. {id}", form.Document.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/rueckmeldung/danke", answered.Headers.Location?.OriginalString);
        var inquiry = await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == id));
        Assert.Equal(((OrderOutcome?)OrderOutcome.Yes, (decimal?)2500.50m, (string?)null), (inquiry.OrderOutcome, inquiry.OrderValueEuro, inquiry.FollowUpTokenHash));
        Assert.NotNull(inquiry.FollowUpAnsweredAt);
        Assert.Equal((HttpStatusCode.NotFound, "Dieser Link gilt nicht mehr"), (again.Status, again.H1));
        Assert.Equal(HttpStatusCode.NotFound, secondPost.StatusCode);
        Assert.Equal(OrderOutcome.Yes, (await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == id))).OrderOutcome);
        var followUp = staffView.Document.QuerySelector("#followup-heading")!.ParentElement!.TextContent;
        Assert.Contains("Ja, es kam ein Auftrag zustande", followUp, StringComparison.Ordinal);
        Assert.Contains("2.500,50", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_answer_is_explained_and_leaves_the_link_valid()
    {
        await using var portal = new PortalFactory();
        var id = await portal.SubmitNeedAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await staff.MoveAsync(id, "neu", "in-vermittlung");
        await staff.MoveAsync(id, "in-vermittlung", "abgeschlossen");
        var token = await portal.FollowUpTokenAsync();
        var visitor = portal.CreateBrowser();

        using var wrong = await visitor.SubmitFormAsync($"/rueckmeldung?code={token}", new() { ["Value"] = "ziemlich viel" });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await wrong.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(
            [("#Outcome", "Bitte wählen Sie eine Antwort."), ("#Value", "Bitte geben Sie nur den Betrag in Euro ein, z. B. 2.500 oder 1.250,50.")],
            page.QuerySelectorAll(".form-errors a").Select(a => (a.GetAttribute("href")!, a.TextContent)).Order().ToList());
        Assert.Equal("ziemlich viel", page.QuerySelector("#Value")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync($"/rueckmeldung?code={token}")).Status);
    }

    [Theory]
    [InlineData("/rueckmeldung")]
    [InlineData("/rueckmeldung?code=gibt-es-nicht")]
    [InlineData("/rueckmeldung?code=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unknown_links_get_the_German_page_and_404(string url)
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateBrowser().OpenAsync(url);

        Assert.Equal((HttpStatusCode.NotFound, "Dieser Link gilt nicht mehr"), (page.Status, page.H1));
    }

    [Theory]
    [InlineData("2.500", "2500")]
    [InlineData("2500,50", "2500.50")]
    [InlineData("€ 1.250,-", "1250")]
    [InlineData("1250.5", "1250.5")]
    [InlineData("12.000.000", "12000000")]
    [InlineData("3 000 EUR", "3000")]
    [InlineData("viel", null)]
    [InlineData("-5", null)]
    [InlineData("1,2,3", null)]
    public void Euro_amounts_are_read_as_people_in_Austria_write_them(string text, string? expected) =>
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FollowUpInput.ParseEuro(text));
}
