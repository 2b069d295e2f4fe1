using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Inquiries;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Tests.Privacy;

/// <summary>The retention period: records untouched for Privacy:RetentionMonths are anonymised by the daily run.</summary>
public class RetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_36_months_without_activity_inquiries_and_their_sent_mails_are_anonymised_and_newer_ones_stay()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var old = await portal.SubmitNeedAsync("alt@beispiel.at", "Altbetrieb GmbH");
        await portal.WithDbAsync(db => db.OutboxMails.ExecuteUpdateAsync(m => m.SetProperty(x => x.State, OutboxMailState.Sent)));
        clock.Advance(TimeSpan.FromDays(365 * 3));
        var recent = await portal.SubmitNeedAsync("neu@beispiel.at", "Neubetrieb GmbH");

        var notYet = await RunAsync(portal);
        clock.Advance(TimeSpan.FromDays(30));
        var due = await RunAsync(portal);
        var again = await RunAsync(portal);

        Assert.Equal((0, 3, 0), (notYet, due, again));
        var anonymised = await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == old));
        Assert.Equal((PersonalData.AnonymisedAddress, PersonalData.Removed, (string?)null), (anonymised.Email, anonymised.ContactPerson, anonymised.Organisation));
        Assert.Equal(OutputType.ResidualMaterialRecycling, anonymised.NeedKind);
        Assert.Equal("neu@beispiel.at", (await portal.WithDbAsync(db => db.Inquiries.SingleAsync(i => i.Id == recent))).Email);
        Assert.Empty(await DatabaseScan.ColumnsContainingAsync(portal, "alt@beispiel.at"));
        Assert.Empty(await DatabaseScan.ColumnsContainingAsync(portal, "Altbetrieb"));
        Assert.NotEmpty(await DatabaseScan.ColumnsContainingAsync(portal, "neu@beispiel.at"));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.RetentionAnonymised));
        Assert.Equal(("System", "Speicherfrist von 36 Monaten abgelaufen: 3 Datensätze anonymisiert (Anfragen und Bedarfsmeldungen: 1, E-Mails: 2)"), (audit.UserName, audit.Details));
    }

    [Fact]
    public async Task The_period_is_configurable_and_a_mail_still_waiting_is_never_anonymised_by_it()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        using var host = portal.WithWebHostBuilder(b => b.UseSetting("Privacy:RetentionMonths", "12"));
        await portal.SubmitNeedAsync("alt@beispiel.at");
        clock.Advance(TimeSpan.FromDays(400));

        await using var scope = host.Services.CreateAsyncScope();
        var anonymised = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, anonymised);
        var mails = await portal.WithDbAsync(db => db.OutboxMails.ToListAsync());
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal(OutboxMailState.Pending, m.State));
        Assert.Contains(mails, m => m.ToAddress == "alt@beispiel.at");
        Assert.Contains(mails, m => m.TextBody.Contains("alt@beispiel.at", StringComparison.Ordinal));
    }

    private static async Task<int> RunAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionService>().RunOnceAsync(CancellationToken.None);
    }
}
