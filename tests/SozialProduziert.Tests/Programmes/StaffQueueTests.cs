using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Staff working the queue: withdrawals, back-dated records, confirmations, through the real admin forms.</summary>
public class StaffQueueTests
{
    private static readonly DateTimeOffset Opening = new(2027, 3, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_withdrawal_moves_the_first_on_the_waitlist_up_and_mails_it()
    {
        var clock = new FakeTimeProvider(Opening);
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: Opening.UtcDateTime.AddDays(-1), closesAt: Opening.UtcDateTime.AddDays(30));
        var firms = await portal.RegisterManyAsync(programmeId, clock, Enumerable.Range(1, 12).Select(i => $"Firma {i:D2}").ToArray());
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var mailsBefore = (await portal.MailsAsync()).Count;

        using var response = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[2].Id}/status", new() { ["Target"] = "zurueckgezogen" }, formPage: $"/admin/anmeldungen/{firms[2].Id}");

        var stored = await portal.RegistrationsAsync();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RegistrationStatus.Withdrawn, stored[2].Status);
        Assert.Equal(RegistrationStatus.Selected, stored[10].Status);
        Assert.Equal(RegistrationStatus.Waitlisted, stored[11].Status);
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Selected));
        var mails = (await portal.MailsAsync()).Skip(mailsBefore).ToList();
        var movedUp = Assert.Single(mails, m => m.ToAddress == firms[10].Email);
        Assert.Equal("registration-queue-change", movedUp.Purpose);
        Assert.Contains("Sie sind nachgerückt", movedUp.Subject, StringComparison.Ordinal);
        Assert.Contains("Bisher: Warteliste, Platz 1. Jetzt: vorläufig ausgewählt (Platz 10 von 10).", movedUp.TextBody, StringComparison.Ordinal);
        Assert.Contains("vorläufig ausgewählt (Platz 10 von 10)", movedUp.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(mails, m => m.ToAddress == firms[2].Email || m.ToAddress == firms[0].Email);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.RegistrationStatusChanged));
        Assert.Contains("Vorläufig ausgewählt → Zurückgezogen", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("Firma", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_back_dated_record_takes_its_place_by_arrival_time_mails_every_firm_that_moved_and_is_audited()
    {
        var clock = new FakeTimeProvider(Opening);
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: Opening.UtcDateTime.AddDays(-1), closesAt: Opening.UtcDateTime.AddDays(30));
        var firms = await portal.RegisterManyAsync(programmeId, clock, Enumerable.Range(1, 12).Select(i => $"Firma {i:D2}").ToArray());
        clock.Advance(TimeSpan.FromDays(2));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var mailsBefore = (await portal.MailsAsync()).Count;

        // Firma 08 arrived 08:07 UTC, Firma 09 08:08; the workshop registration came at 08:07:30 UTC (09:07:30 in Vienna).
        var fields = Registrations.Fields("Workshop Teilnehmer GmbH", "chefin@workshop.example");
        fields["ArrivedAtLocal"] = "2027-03-15T09:07:30";
        fields["Channel"] = "persoenlich";
        fields["SendConfirmation"] = "true";
        using var response = await staff.SubmitFormAsync($"/admin/programme/{programmeId}/anmeldungen/neu", fields);

        var stored = await portal.RegistrationsAsync();
        var recorded = stored.Single(r => r.CompanyName == "Workshop Teilnehmer GmbH");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((13, Opening.UtcDateTime.AddMinutes(7).AddSeconds(30), RegistrationChannel.InPerson), (recorded.ArrivalNumber, recorded.ArrivedAt, recorded.Channel));
        Assert.Equal(RegistrationStatus.Selected, recorded.Status);
        Assert.Equal(RegistrationStatus.Selected, stored.Single(r => r.CompanyName == "Firma 09").Status);
        Assert.Equal(RegistrationStatus.Waitlisted, stored.Single(r => r.CompanyName == "Firma 10").Status);

        var mails = (await portal.MailsAsync()).Skip(mailsBefore).ToList();
        Assert.Equal(["office@firma09.example", "office@firma10.example", "office@firma11.example", "office@firma12.example"],
            mails.Where(m => m.Purpose == "registration-queue-change").Select(m => m.ToAddress).Order().ToList());
        Assert.Contains("Bisher: vorläufig ausgewählt (Platz 10 von 10). Jetzt: Warteliste, Platz 1.", mails.Single(m => m.ToAddress == "office@firma10.example").TextBody, StringComparison.Ordinal);
        Assert.Contains("früher als Ihre bei uns eingelangt", mails.Single(m => m.ToAddress == "office@firma12.example").TextBody, StringComparison.Ordinal);
        var confirmation = Assert.Single(mails, m => m.Purpose == "registration-confirmation");
        Assert.Contains("vorläufig ausgewählt (Platz 9 von 10)", confirmation.TextBody, StringComparison.Ordinal);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.RegistrationBackdated));
        Assert.Equal(recorded.Id, audit.ContentId);
        Assert.Contains("vor 4 bereits gespeicherten Anmeldungen eingereiht, 4 Betriebe verständigt", audit.Details, StringComparison.Ordinal);

        var list = await staff.OpenAsync($"/admin/programme/{programmeId}/anmeldungen");
        var order = list.Document.QuerySelectorAll(".registration-table tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("Workshop Teilnehmer GmbH", order[8]);
        Assert.Contains("15.03.2027 09:07:30", list.Document.QuerySelectorAll(".registration-table tbody tr")[8].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_at_the_end_of_the_queue_moves_nobody_and_is_audited_as_recorded()
    {
        var clock = new FakeTimeProvider(Opening);
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: Opening.UtcDateTime.AddDays(-1), closesAt: Opening.UtcDateTime.AddDays(30));
        await portal.RegisterManyAsync(programmeId, clock, "Firma 01", "Firma 02");
        clock.Advance(TimeSpan.FromHours(1));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Registrations.Fields("Per Mail GmbH");
        fields["ArrivedAtLocal"] = ViennaTime.ToLocal(clock.GetUtcNow().UtcDateTime.AddMinutes(-5)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        fields["Channel"] = "e-mail";

        using var response = await staff.SubmitFormAsync($"/admin/programme/{programmeId}/anmeldungen/neu", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RegistrationRecorded)));
        Assert.Equal(0, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RegistrationBackdated)));
        Assert.DoesNotContain(await portal.MailsAsync(), m => m.Purpose == "registration-queue-change");
    }

    [Fact]
    public async Task Staff_recording_refuses_a_duplicate_and_a_future_time_keeping_what_was_typed()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        await portal.RegisterManyAsync(programmeId, "Holzwerk Gruber GmbH");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Registrations.Fields("Holzwerk Gruber", "neu@gruber.example");
        fields["ArrivedAtLocal"] = "2020-01-01T10:00";
        fields["Channel"] = "telefon";

        using var duplicate = await staff.SubmitFormAsync($"/admin/programme/{programmeId}/anmeldungen/neu", fields);
        fields["CompanyName"] = "Ganz Neu GmbH";
        fields["ArrivedAtLocal"] = ViennaTime.ToLocal(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        using var future = await staff.SubmitFormAsync($"/admin/programme/{programmeId}/anmeldungen/neu", fields);

        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("schon eine Interessensbekundung", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("value=\"neu@gruber.example\"", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("nicht in der Zukunft", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await portal.RegistrationsAsync());
    }

    [Fact]
    public async Task Confirming_creates_a_draft_partner_with_the_company_name_or_links_the_chosen_one()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        var firms = await portal.RegisterManyAsync(programmeId, "Tischlerei Holzwurm GmbH", "Leitner Fenster & Türen GmbH");
        var existing = await portal.WithDbAsync(async db =>
        {
            var partner = new PartnerBuilder().Titled("LEITNER FENSTER UND TÜREN Ges.m.b.H.").Build();
            db.Partners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var detail = await staff.OpenAsync($"/admin/anmeldungen/{firms[1].Id}");
        using var first = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[0].Id}/status",
            new() { ["Target"] = "zugesagt", ["ConfirmedOn"] = "2027-04-02", ["Partner"] = "neu" }, formPage: $"/admin/anmeldungen/{firms[0].Id}");
        using var second = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[1].Id}/status",
            new() { ["Target"] = "zugesagt", ["ConfirmedOn"] = "2027-04-03", ["Partner"] = existing.ToString(CultureInfo.InvariantCulture) }, formPage: $"/admin/anmeldungen/{firms[1].Id}");

        Assert.Equal(existing.ToString(CultureInfo.InvariantCulture), detail.Document.QuerySelector("#Partner option[selected]")?.GetAttribute("value"));
        var stored = await portal.RegistrationsAsync();
        Assert.All(stored, r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.Equal(new DateOnly(2027, 4, 2), stored[0].ConfirmedOn);
        var created = await portal.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == stored[0].PartnerId));
        Assert.Equal(("Tischlerei Holzwurm GmbH", PublishState.Draft, programmeId, "tischlerei-holzwurm-gmbh"), (created.Name, created.State, created.ProgrammeId, created.Slug));
        Assert.Equal(existing, stored[1].PartnerId);
        Assert.Equal(programmeId, (await portal.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == existing))).ProgrammeId);
        Assert.Equal(2, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RegistrationConfirmed)));
    }

    [Fact]
    public async Task Selected_and_waitlist_cannot_be_set_by_hand_and_confirming_needs_a_date()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync(places: 1);
        var firms = await portal.RegisterManyAsync(programmeId, "Erste GmbH", "Zweite GmbH");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var tampered = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[1].Id}/status", new() { ["Target"] = "ausgewaehlt" }, formPage: $"/admin/anmeldungen/{firms[1].Id}");
        using var withoutDate = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[0].Id}/status", new() { ["Target"] = "zugesagt", ["Partner"] = "neu" }, formPage: $"/admin/anmeldungen/{firms[0].Id}");

        Assert.Contains("kann nicht auf „Vorläufig ausgewählt“ gesetzt werden", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Datum der Zusage", await withoutDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([RegistrationStatus.Selected, RegistrationStatus.Waitlisted], (await portal.RegistrationsAsync()).Select(r => r.Status));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task A_withdrawn_firm_taken_back_regains_its_place_by_arrival_time_and_the_firm_it_displaces_is_mailed()
    {
        var clock = new FakeTimeProvider(Opening);
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: Opening.UtcDateTime.AddDays(-1), closesAt: Opening.UtcDateTime.AddDays(30), places: 2);
        var firms = await portal.RegisterManyAsync(programmeId, clock, "Erste GmbH", "Zweite GmbH", "Dritte GmbH");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var withdrawn = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[0].Id}/status", new() { ["Target"] = "zurueckgezogen" }, formPage: $"/admin/anmeldungen/{firms[0].Id}");
        Assert.Equal(RegistrationStatus.Selected, (await portal.RegistrationsAsync())[2].Status);
        var before = (await portal.MailsAsync()).Count;

        using var reinstated = await staff.SubmitFormAsync($"/admin/anmeldungen/{firms[0].Id}/status", new() { ["Target"] = "eingelangt" }, formPage: $"/admin/anmeldungen/{firms[0].Id}");

        Assert.Equal([RegistrationStatus.Selected, RegistrationStatus.Selected, RegistrationStatus.Waitlisted], (await portal.RegistrationsAsync()).Select(r => r.Status));
        var mails = (await portal.MailsAsync()).Skip(before).ToList();
        Assert.Equal(["office@dritte.example", "office@zweite.example"], mails.Select(m => m.ToAddress).Order().ToList());
        Assert.Contains("wieder in die Reihung aufgenommen", mails[0].TextBody, StringComparison.Ordinal);
    }
}
