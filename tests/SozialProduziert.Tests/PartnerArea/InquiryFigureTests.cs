using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Inquiries;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>
/// Impact figures of a brokered inquiry: staff enter them once it is closed, starting from the order value the
/// requester reported, and they reach the firm's CSR report like the figures of an example.
/// </summary>
public class InquiryFigureTests
{
    [Fact]
    public async Task A_closed_inquiry_offers_the_reported_order_value_as_a_figure_that_reaches_the_firms_report()
    {
        await using var portal = new PortalFactory();
        var (inquiryId, enterpriseId, partnerId) = await BrokeredNeedAsync(portal);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await CloseWithAnswerAsync(portal, staff, inquiryId, "4.800");

        var detail = await staff.OpenAsync($"/admin/anfragen/{inquiryId}");
        Assert.NotNull(detail.Document.QuerySelector($"main a[href='/admin/anfragen/{inquiryId}/kennzahlen']"));
        var form = await staff.OpenAsync($"/admin/anfragen/{inquiryId}/kennzahlen");
        Assert.Equal("OrderValueEur", form.Document.QuerySelector("#Kind option[selected]")?.GetAttribute("value"));
        Assert.Equal("4.800", form.Document.QuerySelector("#Value")?.GetAttribute("value"));
        Assert.Equal(InquiryKit.Id(enterpriseId), form.Document.QuerySelector("#SocialEnterpriseId option[selected]")?.GetAttribute("value"));
        var year = int.Parse(form.Document.QuerySelector("#Year")!.GetAttribute("value")!, CultureInfo.InvariantCulture);

        var fields = FormFields(form);
        fields["PartnerId"] = InquiryKit.Id(partnerId);
        using var saved = await staff.SubmitFormAsync($"/admin/anfragen/{inquiryId}/kennzahlen", fields, $"/admin/anfragen/{inquiryId}/kennzahlen");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/anfragen/{inquiryId}/kennzahlen", saved.Headers.Location?.OriginalString);
        var figure = await portal.WithDbAsync(db => db.ImpactFigures.AsNoTracking().SingleAsync());
        Assert.Equal((inquiryId, (int?)null, partnerId, enterpriseId, ImpactKind.OrderValueEur, 4800m),
            (figure.InquiryId!.Value, figure.ExampleId, figure.PartnerId, figure.SocialEnterpriseId, figure.Kind, figure.Value));
        Assert.StartsWith("Rückmeldung der anfragenden Stelle vom ", figure.Source, StringComparison.Ordinal);

        using var json = await staff.GetAsync($"/admin/partner/{partnerId}/bericht/{year}.json");
        using var report = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var reported = Assert.Single(report.RootElement.GetProperty("figures").EnumerateArray());
        Assert.Equal(4800m, reported.GetProperty("value").GetDecimal());
        Assert.False(reported.GetProperty("confirmed").GetBoolean());

        var edit = await staff.OpenAsync($"/admin/kennzahlen/{figure.Id}");
        Assert.Equal($"/admin/anfragen/{inquiryId}", edit.Document.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.GetAttribute("href")).ElementAt(1));
        var again = await staff.OpenAsync($"/admin/anfragen/{inquiryId}/kennzahlen");
        Assert.Equal("", again.Document.QuerySelector("#Value")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_inquiry_still_being_brokered_takes_no_figures_yet()
    {
        await using var portal = new PortalFactory();
        var (inquiryId, enterpriseId, partnerId) = await BrokeredNeedAsync(portal);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync($"/admin/anfragen/{inquiryId}/kennzahlen");
        Assert.Contains("sobald die Anfrage abgeschlossen ist", page.Document.QuerySelector("main .notice")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector($"main form[action='/admin/anfragen/{inquiryId}/kennzahlen']"));

        using var refused = await staff.SubmitFormAsync($"/admin/anfragen/{inquiryId}/kennzahlen", Fields(partnerId, enterpriseId), $"/admin/anfragen/{inquiryId}/kennzahlen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ImpactFigures.CountAsync()));
    }

    [Fact]
    public async Task A_figure_can_only_name_a_sozialbetrieb_the_inquiry_went_to()
    {
        await using var portal = new PortalFactory();
        var (inquiryId, _, partnerId) = await BrokeredNeedAsync(portal);
        var other = await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Holzwerkstatt Ybbs").Build();
            db.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise.Id;
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        await CloseWithAnswerAsync(portal, staff, inquiryId, "900");

        using var refused = await staff.SubmitFormAsync($"/admin/anfragen/{inquiryId}/kennzahlen", Fields(partnerId, other), $"/admin/anfragen/{inquiryId}/kennzahlen");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("einen der beteiligten Sozialbetriebe", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.ImpactFigures.CountAsync()));
    }

    /// <summary>A need as a visitor sends it, assigned by staff to one Sozialbetrieb, and a firm of the portal.</summary>
    private static async Task<(int Inquiry, int Enterprise, int Partner)> BrokeredNeedAsync(PortalFactory portal)
    {
        var inquiryId = await portal.SubmitNeedAsync();
        return await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Nähstube Gmünd").Build();
            var partner = new PartnerBuilder().Titled("Stadtwerke Amstetten").Draft().Build();
            db.AddRange(enterprise, partner);
            await db.SaveChangesAsync();
            db.InquiryAssignments.Add(new InquiryAssignment { InquiryId = inquiryId, SocialEnterpriseId = enterprise.Id, AssignedAt = DateTime.UtcNow, AssignedBy = "Test" });
            return (inquiryId, enterprise.Id, partner.Id);
        });
    }

    private static async Task CloseWithAnswerAsync(PortalFactory portal, HttpClient staff, int inquiryId, string value)
    {
        foreach (var (from, to) in new[] { ("neu", "in-vermittlung"), ("in-vermittlung", "vermittelt"), ("vermittelt", "abgeschlossen") })
        {
            using var moved = await staff.MoveAsync(inquiryId, from, to);
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var token = await portal.FollowUpTokenAsync();
        using var answered = await portal.CreateBrowser().SubmitFormAsync($"/rueckmeldung?code={token}", new() { ["Outcome"] = "ja", ["Value"] = value });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
    }

    private static Dictionary<string, string> Fields(int partnerId, int enterpriseId) => new()
    {
        ["Version"] = "0", ["Kind"] = "OrderValueEur", ["Value"] = "900", ["Year"] = "2026", ["PartnerId"] = InquiryKit.Id(partnerId),
        ["SocialEnterpriseId"] = InquiryKit.Id(enterpriseId), ["Source"] = "Rechnung", ["MethodNote"] = "Rechnungsbetrag netto",
    };

    /// <summary>The values the page's figure form is filled with.</summary>
    private static Dictionary<string, string> FormFields(HtmlPage page)
    {
        var form = page.Document.QuerySelector("main form.edit-form:last-of-type") ?? throw new InvalidOperationException("No figure form.");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken")
            {
                continue;
            }

            fields[name] = input.LocalName switch
            {
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                "textarea" => input.TextContent,
                _ => input.GetAttribute("value") ?? "",
            };
        }

        return fields;
    }
}
