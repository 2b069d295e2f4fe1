using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Privacy;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Registrations in the DSGVO export, erasure and retention: contact data goes, the firm and its place stay.</summary>
public class RegistrationPersonalDataTests
{
    [Fact]
    public async Task The_store_is_registered_and_finds_a_persons_registrations_by_email_in_any_case()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        await portal.RegisterManyAsync(programmeId, "Holzwerk Gruber GmbH", "Andere GmbH");

        var records = await WithStoreAsync(portal, store => store.FindAsync("  OFFICE@holzwerkgruber.EXAMPLE ", CancellationToken.None));

        var record = Assert.Single(records);
        Assert.Contains("Erfolg mit FAIRantwortung", record.Title, StringComparison.Ordinal);
        Assert.Contains(record.Fields, f => f.Key == "Ansprechperson" && f.Value == "Maria Muster");
        Assert.Contains(record.Fields, f => f.Key == "Unternehmen" && f.Value == "Holzwerk Gruber GmbH");
    }

    [Fact]
    public async Task Erasure_anonymises_the_contact_keeps_the_firm_and_its_place_and_finds_nothing_afterwards()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        var firms = await portal.RegisterManyAsync(programmeId, "Erste GmbH", "Holzwerk Gruber GmbH", "Dritte GmbH");
        await portal.WithDbAsync(async db => (await db.InterestRegistrations.SingleAsync(r => r.Id == firms[1].Id)).Phone = "+43 664 1234567");

        var erased = await WithStoreAsync(portal, store => store.EraseAsync("office@holzwerkgruber.example", CancellationToken.None));
        var found = await WithStoreAsync(portal, store => store.FindAsync("office@holzwerkgruber.example", CancellationToken.None));

        Assert.Equal(1, erased);
        Assert.Empty(found);
        var registration = (await portal.RegistrationsAsync()).Single(r => r.Id == firms[1].Id);
        Assert.Equal(("Holzwerk Gruber GmbH", 2, RegistrationStatus.Selected), (registration.CompanyName, registration.ArrivalNumber, registration.Status));
        Assert.Equal(("(gelöscht)", "", null, "(gelöscht)"), (registration.ContactPerson, registration.Email, registration.Phone, registration.Ideas));
        Assert.NotNull(registration.AnonymisedAt);
        var text = string.Join(" ", (await portal.RegistrationsAsync()).Select(r => string.Join("|", r.ContactPerson, r.Email, r.Phone, r.Ideas)));
        Assert.DoesNotContain("holzwerkgruber", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sole_traders_firm_name_is_erased_with_the_person()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        await portal.RegisterManyAsync(programmeId, "Tischlerei Johann Huber e.U.");

        await WithStoreAsync(portal, store => store.EraseAsync("office@tischlereijohannhuber.example", CancellationToken.None));

        var registration = Assert.Single(await portal.RegistrationsAsync());
        Assert.DoesNotContain("Huber", registration.CompanyName, StringComparison.Ordinal);
        Assert.Equal("", registration.CompanyKey);
    }

    [Fact]
    public async Task Retention_anonymises_registrations_last_changed_before_the_cutoff_only()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), closesAt: new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await portal.RegisterManyAsync(programmeId, "Alte Firma GmbH");
        clock.SetUtcNow(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await portal.RegisterManyAsync(programmeId, "Neue Firma GmbH");

        var count = await WithStoreAsync(portal, store => store.AnonymiseOlderThanAsync(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None));
        var again = await WithStoreAsync(portal, store => store.AnonymiseOlderThanAsync(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), CancellationToken.None));

        Assert.Equal((1, 0), (count, again));
        var stored = await portal.RegistrationsAsync();
        Assert.Equal("(gelöscht)", stored.Single(r => r.CompanyName == "Alte Firma GmbH").ContactPerson);
        Assert.Equal("Maria Muster", stored.Single(r => r.CompanyName == "Neue Firma GmbH").ContactPerson);
    }

    [Fact]
    public async Task An_erased_firm_moving_up_gets_no_mail()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync(places: 1);
        var firms = await portal.RegisterManyAsync(programmeId, "Erste GmbH", "Zweite GmbH");
        await WithStoreAsync(portal, store => store.EraseAsync("office@zweite.example", CancellationToken.None));
        var before = (await portal.MailsAsync()).Count;

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<RegistrationStatusChanges>()
                .ChangeAsync(firms[0].Id, RegistrationStatus.Withdrawn, null, null, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        Assert.Equal(RegistrationStatus.Selected, (await portal.RegistrationsAsync())[1].Status);
        Assert.Equal(before, (await portal.MailsAsync()).Count);
    }

    [Fact]
    public async Task Erasure_through_the_privacy_page_leaves_no_trace_of_the_registrant_in_any_table()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();
        var fields = Registrations.Fields("Tischlerei Holzwurm GmbH", "Hanna.Zoechling@Holzwurm.example", contact: "Hanna Zöchling");
        (fields["Phone"], fields["Ideas"]) = ("+43 2742 555 01", "Frau Zöchling hat Eichenreste aus dem Innenausbau.");
        using var registered = await portal.CreateBrowser().RegisterAsync(fields);
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        Assert.NotEmpty(await Privacy.DatabaseScan.ColumnsContainingAsync(portal, "Zöchling"));

        using var erased = await admin.SubmitFormAsync("/admin/datenschutz/loeschen/bestaetigt", new() { ["Email"] = "hanna.zoechling@holzwurm.example", ["Confirmed"] = "true" }, "/admin/datenschutz");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, erased.StatusCode);
        foreach (var trace in new[] { "zoechling@holzwurm", "Zöchling", "555 01" })
        {
            Assert.Empty(await Privacy.DatabaseScan.ColumnsContainingAsync(portal, trace));
        }

        var registration = Assert.Single(await portal.RegistrationsAsync());
        Assert.Equal(("Tischlerei Holzwurm GmbH", 1, RegistrationStatus.Selected), (registration.CompanyName, registration.ArrivalNumber, registration.Status));
    }

    private static async Task<T> WithStoreAsync<T>(PortalFactory portal, Func<IPersonalDataStore, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetServices<IPersonalDataStore>().Single(s => s is RegistrationPersonalData);
        Assert.Equal("Interessensbekundungen", store.Name);
        return await action(store);
    }
}
