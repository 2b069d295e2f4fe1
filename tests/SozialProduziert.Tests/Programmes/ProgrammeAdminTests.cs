using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Programmes through the staff forms: Vienna dates, allowances, places, deletion.</summary>
public class ProgrammeAdminTests
{
    [Fact]
    public async Task Redaktion_creates_a_programme_whose_period_is_stored_as_Vienna_midnights_in_UTC()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var created = await staff.SubmitFormAsync("/admin/programme/neu", Fields("Erfolg mit FAIRantwortung in Niederösterreich 3", "2027-03-01", "2027-06-30", "10", "4", "10"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var programme = await portal.WithDbAsync(db => db.Programmes.SingleAsync());
        Assert.Equal("erfolg-mit-fairantwortung-in-niederoesterreich-3", programme.Slug);
        Assert.Equal(new DateTime(2027, 2, 28, 23, 0, 0, DateTimeKind.Utc), programme.RegistrationOpensAt);
        Assert.Equal(new DateTime(2027, 6, 30, 22, 0, 0, DateTimeKind.Utc), programme.RegistrationClosesAt);
        Assert.Equal((10, 240, 600), (programme.Places, programme.OnSiteMinutes, programme.ConsultingMinutes));
        var form = await staff.OpenAsync($"/admin/programme/{programme.Id}");
        Assert.Equal("2027-03-01", form.Document.QuerySelector("#RegistrationFirstDay")!.GetAttribute("value"));
        Assert.Equal("2027-06-30", form.Document.QuerySelector("#RegistrationLastDay")!.GetAttribute("value"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ProgrammeSaved)));
    }

    [Fact]
    public async Task Mistakes_are_answered_in_German_and_everything_typed_stays()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitFormAsync("/admin/programme/neu", Fields("Runde 3", "2027-06-30", "2027-03-01", "zehn", "4,1", "10"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Der letzte Anmeldetag darf nicht vor dem ersten liegen.", html, StringComparison.Ordinal);
        Assert.Contains("ganze Zahl von 1 bis 500", html, StringComparison.Ordinal);
        Assert.Contains("Vor-Ort-Beratung in Stunden und Viertelstunden", html, StringComparison.Ordinal);
        Assert.Contains("value=\"zehn\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"4,1\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Programmes.CountAsync()));
    }

    [Fact]
    public async Task More_places_move_the_first_waiting_firms_up_and_mail_them()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync(places: 2);
        var firms = await portal.RegisterManyAsync(programmeId, "Erste GmbH", "Zweite GmbH", "Dritte GmbH", "Vierte GmbH");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var before = (await portal.MailsAsync()).Count;

        var form = await staff.OpenAsync($"/admin/programme/{programmeId}");
        var fields = form.Document.QuerySelectorAll("form.edit-form input[name], form.edit-form textarea[name]")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent);
        fields.Remove("__RequestVerificationToken");
        fields["Places"] = "3";
        using var saved = await staff.SubmitFormAsync($"/admin/programme/{programmeId}", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([RegistrationStatus.Selected, RegistrationStatus.Selected, RegistrationStatus.Selected, RegistrationStatus.Waitlisted], (await portal.RegistrationsAsync()).Select(r => r.Status));
        var mails = (await portal.MailsAsync()).Skip(before).ToList();
        Assert.Equal([firms[2].Email, firms[3].Email], mails.Select(m => m.ToAddress).Order().ToList());
        Assert.Contains("auf 3 geändert", mails[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programme_with_registrations_cannot_be_deleted_and_one_without_can()
    {
        await using var portal = new PortalFactory();
        var used = await portal.CreateProgrammeAsync(name: "Mit Anmeldungen");
        var empty = await portal.CreateProgrammeAsync(name: "Leer");
        await portal.RegisterManyAsync(used, "Erste GmbH");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var refused = await staff.SubmitFormAsync($"/admin/programme/{used}/loeschen", [], formPage: $"/admin/programme/{used}");
        using var deleted = await staff.SubmitFormAsync($"/admin/programme/{empty}/loeschen", [], formPage: $"/admin/programme/{empty}");

        Assert.Equal([used], await portal.WithDbAsync(db => db.Programmes.Select(p => p.Id).ToListAsync()));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    private static Dictionary<string, string> Fields(string name, string first, string last, string places, string onSite, string hours) => new()
    {
        ["Name"] = name,
        ["Description"] = "Dritte Runde.",
        ["FundingBody"] = "Land Niederösterreich",
        ["Places"] = places,
        ["RegistrationFirstDay"] = first,
        ["RegistrationLastDay"] = last,
        ["OnSiteHours"] = onSite,
        ["ConsultingHours"] = hours,
        ["Slug"] = "",
    };
}
