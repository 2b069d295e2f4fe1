using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>Figures are confirmed by the firm and (through staff) by the Sozialbetrieb; an edit removes both confirmations.</summary>
public class ImpactFigureTests
{
    [Fact]
    public async Task Both_sides_confirm_a_figure_with_name_and_time_and_an_edit_removes_both_confirmations()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var figureId = firms.AlphaFigureId;

        using var byFirm = await ConfirmAsFirmAsync(firm, figureId);
        using var byEnterprise = await staff.SubmitFormAsync($"/admin/kennzahlen/{figureId}/sozialbetrieb-bestaetigt",
            new() { ["Confirmation.Version"] = await VersionAsync(portal, figureId), ["Confirmation.PersonName"] = "DSA Karl Nowak" }, formPage: $"/admin/kennzahlen/{figureId}");
        Assert.True(byEnterprise.StatusCode == HttpStatusCode.Redirect, await byEnterprise.Content.ReadAsStringAsync());
        var confirmed = await FigureAsync(portal, figureId);
        var firmView = await firm.OpenAsync("/mein-bereich/kennzahlen");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (byFirm.StatusCode, byEnterprise.StatusCode));
        Assert.Equal(("Test-Kontaktperson", "DSA Karl Nowak"), (confirmed.PartnerConfirmedBy, confirmed.EnterpriseConfirmedBy));
        Assert.NotNull(confirmed.PartnerConfirmedAt);
        Assert.NotNull(confirmed.EnterpriseConfirmedAt);
        Assert.Contains("bestätigt von DSA Karl Nowak", firmView.Html, StringComparison.Ordinal);

        using var unchanged = await staff.SubmitFormAsync($"/admin/kennzahlen/{figureId}", await FieldsAsync(portal, figureId), formPage: $"/admin/kennzahlen/{figureId}");
        Assert.NotNull((await FigureAsync(portal, figureId)).PartnerConfirmedAt);

        var edit = await FieldsAsync(portal, figureId);
        edit["Value"] = "1.300,5";
        using var edited = await staff.SubmitFormAsync($"/admin/kennzahlen/{figureId}", edit, formPage: $"/admin/kennzahlen/{figureId}");
        var after = await FigureAsync(portal, figureId);

        Assert.True(edited.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(await edited.Content.ReadAsStringAsync(), "form-errors[\\s\\S]{0,600}").Value);
        Assert.Equal(1300.5m, after.Value);
        Assert.Equal((null, null, null, null), (after.PartnerConfirmedAt, after.PartnerConfirmedBy, after.EnterpriseConfirmedAt, after.EnterpriseConfirmedBy));
        Assert.True(await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.ImpactFigureUpdated && a.ContentId == figureId && a.Details!.Contains("Bestätigungen zurückgesetzt"))));
    }

    [Fact]
    public async Task The_firm_cannot_confirm_a_value_that_changed_after_its_page_was_loaded()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var staleVersion = await VersionAsync(portal, firms.AlphaFigureId);
        var edit = await FieldsAsync(portal, firms.AlphaFigureId);
        edit["Value"] = "99";
        using var edited = await staff.SubmitFormAsync($"/admin/kennzahlen/{firms.AlphaFigureId}", edit, formPage: $"/admin/kennzahlen/{firms.AlphaFigureId}");

        using var stale = await firm.SubmitFormAsync($"/mein-bereich/kennzahlen/{firms.AlphaFigureId}/bestaetigen", new() { ["version"] = staleVersion }, formPage: "/mein-bereich/kennzahlen");

        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Null((await FigureAsync(portal, firms.AlphaFigureId)).PartnerConfirmedAt);
    }

    [Theory]
    [InlineData("PeopleEmployed", "7,5", "ganze Zahl")]
    [InlineData("MaterialDivertedKg", "viel", "als Zahl")]
    [InlineData("OrderValueEur", "-10", "nicht negativ")]
    public async Task Staff_get_a_German_message_for_a_value_that_does_not_fit_its_kind(string kind, string value, string message)
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = await FieldsAsync(portal, firms.AlphaFigureId);
        fields["Kind"] = kind;
        fields["Value"] = value;
        var exampleId = await portal.WithDbAsync(db => db.ImpactFigures.Where(f => f.Id == firms.AlphaFigureId).Select(f => f.ExampleId!.Value).SingleAsync());

        using var response = await staff.SubmitFormAsync($"/admin/praxisbeispiele/{exampleId}/kennzahlen", fields, formPage: $"/admin/praxisbeispiele/{exampleId}/kennzahlen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await portal.WithDbAsync(db => db.ImpactFigures.CountAsync()));
    }

    [Fact]
    public async Task A_figure_can_only_name_a_firm_that_took_part_in_the_example()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = await FieldsAsync(portal, firms.AlphaFigureId);
        fields["PartnerId"] = firms.BetaId.ToString(CultureInfo.InvariantCulture);

        using var response = await staff.SubmitFormAsync($"/admin/kennzahlen/{firms.AlphaFigureId}", fields, formPage: $"/admin/kennzahlen/{firms.AlphaFigureId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(firms.AlphaId, (await FigureAsync(portal, firms.AlphaFigureId)).PartnerId);
    }

    private static async Task<HttpResponseMessage> ConfirmAsFirmAsync(HttpClient firm, int figureId)
    {
        var page = await firm.OpenAsync("/mein-bereich/kennzahlen");
        var version = page.Document.QuerySelector($"form[action='/mein-bereich/kennzahlen/{figureId}/bestaetigen'] input[name=version]")!.GetAttribute("value")!;
        return await firm.SubmitFormAsync($"/mein-bereich/kennzahlen/{figureId}/bestaetigen", new() { ["version"] = version }, formPage: "/mein-bereich/kennzahlen");
    }

    private static Task<ImpactFigure> FigureAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.ImpactFigures.AsNoTracking().SingleAsync(f => f.Id == id));

    private static async Task<string> VersionAsync(PortalFactory portal, int id) =>
        (await FigureAsync(portal, id)).Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The staff form of the stored figure, as the edit page fills it.</summary>
    private static async Task<Dictionary<string, string>> FieldsAsync(PortalFactory portal, int id)
    {
        var figure = await FigureAsync(portal, id);
        return new()
        {
            ["Version"] = figure.Version.ToString(CultureInfo.InvariantCulture),
            ["Kind"] = figure.Kind.ToString(),
            ["Value"] = figure.Value.ToString("#,##0.##", CultureInfo.GetCultureInfo("de-AT")),
            ["Year"] = figure.Year.ToString(CultureInfo.InvariantCulture),
            ["PartnerId"] = figure.PartnerId.ToString(CultureInfo.InvariantCulture),
            ["SocialEnterpriseId"] = figure.SocialEnterpriseId.ToString(CultureInfo.InvariantCulture),
            ["Source"] = figure.Source,
            ["MethodNote"] = figure.MethodNote,
        };
    }
}
