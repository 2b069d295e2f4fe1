using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Programmes;

/// <summary>The demo round of "Erfolg mit FAIRantwortung in Niederösterreich 2": open, with a realistic queue and ledger.</summary>
public class DemoProgrammeTests
{
    [Fact]
    public async Task The_demo_programme_is_open_with_confirmed_selected_waiting_and_withdrawn_firms_and_a_ledger()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);

        var programme = await portal.WithDbAsync(db => db.Programmes.Include(p => p.Registrations).ThenInclude(r => r.ConsultingEntries)
            .SingleAsync(p => p.Name == "Erfolg mit FAIRantwortung in Niederösterreich 2"));
        var registrations = programme.Registrations;

        Assert.Equal(RegistrationWindow.Open, programme.WindowAt(DateTime.UtcNow));
        Assert.Equal(Enumerable.Range(1, registrations.Count), registrations.Select(r => r.ArrivalNumber).Order());
        Assert.Equal(programme.Places, registrations.Count(r => r.Status.IsConfirmed() || r.Status == RegistrationStatus.Selected));
        Assert.Contains(registrations, r => r.Status == RegistrationStatus.Waitlisted);
        Assert.Contains(registrations, r => r.Status == RegistrationStatus.Withdrawn);
        Assert.Contains(registrations, r => r.Channel != RegistrationChannel.Online);
        Assert.True(registrations.Count(r => r.PartnerId != null) >= 2);
        Assert.Contains(registrations, r => r.ConsultingEntries.Count > 0);
        Assert.All(registrations, r => Assert.EndsWith(".example", r.Email, StringComparison.Ordinal));
        Assert.Equal(8, await portal.WithDbAsync(db => db.Partners.CountAsync(p => p.ProgrammeId == programme.Id)));
    }

    [Fact]
    public async Task A_visitor_registering_in_the_demo_joins_the_waitlist()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var waiting = await portal.WithDbAsync(db => db.InterestRegistrations.CountAsync(r => r.Status == RegistrationStatus.Waitlisted));

        var page = await portal.CreateBrowser().RegisterAndOpenConfirmationAsync(Registrations.Fields("Neue Demo Firma GmbH"));

        Assert.Contains($"Warteliste, Platz {waiting + 1}", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_the_demo_queue_and_settlement()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var programmeId = await portal.WithDbAsync(db => db.Programmes.Where(p => p.Name == "Erfolg mit FAIRantwortung in Niederösterreich 2").Select(p => p.Id).SingleAsync());
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var list = await staff.OpenAsync($"/admin/programme/{programmeId}/anmeldungen");
        var settlement = await staff.OpenAsync($"/admin/programme/{programmeId}/abrechnung");

        Assert.Equal("Platz 1", list.Document.QuerySelector(".registration-table tbody tr td")!.TextContent);
        Assert.Contains("Donautal Druck & Medien GmbH", settlement.Document.QuerySelectorAll(".settlement-firm h2").Select(h => h.TextContent));
        Assert.NotEmpty(settlement.Document.QuerySelectorAll(".settlement-table tbody tr"));
    }
}
