using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Programmes and registrations for the tests: an open programme, the public form's fields, a submission.</summary>
public static class Registrations
{
    public static async Task<int> CreateProgrammeAsync(
        this PortalFactory portal, DateTime? opensAt = null, DateTime? closesAt = null, int places = 10, string name = "Erfolg mit FAIRantwortung in Niederösterreich 2")
    {
        ArgumentNullException.ThrowIfNull(portal);
        var now = DateTime.UtcNow;
        return await portal.WithDbAsync(async db =>
        {
            var programme = new Programme
            {
                Name = name,
                Slug = Slug.From(name),
                Places = places,
                FundingBody = "Land Niederösterreich",
                RegistrationOpensAt = opensAt ?? now.AddDays(-7),
                RegistrationClosesAt = closesAt ?? now.AddDays(30),
            };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });
    }

    /// <summary>Every field of the public form, filled in validly; the consent ticked.</summary>
    public static Dictionary<string, string> Fields(string company, string? email = null, string contact = "Maria Muster") => new()
    {
        ["CompanyName"] = company,
        ["ContactPerson"] = contact,
        ["Email"] = email ?? $"office@{Slug.From(CompanyNames.Key(company))}.example",
        ["Phone"] = "+43 2742 123 45",
        ["DistrictId"] = ReferenceData.DistrictId("Amstetten").ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CompanySize"] = "10-49",
        ["Ideas"] = "Holzverschnitt aus der Fertigung, rund zwei Tonnen im Jahr.",
        ["Consent"] = "true",
    };

    /// <summary>GETs /mitmachen for the token (and the hidden programme id), then posts the fields.</summary>
    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var form = await client.OpenAsync("/mitmachen");
        var all = new Dictionary<string, string>(fields);
        if (!all.ContainsKey("ProgrammeId") && form.Document.QuerySelector("input[name=ProgrammeId]")?.GetAttribute("value") is { } programmeId)
        {
            all["ProgrammeId"] = programmeId;
        }

        return await client.SubmitFormAsync("/mitmachen", all);
    }

    /// <summary>Registers and follows the redirect to the firm's confirmation page.</summary>
    public static async Task<HtmlPage> RegisterAndOpenConfirmationAsync(this HttpClient client, Dictionary<string, string> fields)
    {
        using var response = await client.RegisterAsync(fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/mitmachen/anmeldung/", location, StringComparison.Ordinal);
        return await client.OpenAsync(location);
    }

    public static Task<List<InterestRegistration>> RegistrationsAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.InterestRegistrations.AsNoTracking().OrderBy(r => r.ArrivalNumber).ToListAsync());

    public static Task<List<OutboxMail>> MailsAsync(this PortalFactory portal) =>
        portal.WithDbAsync(db => db.OutboxMails.AsNoTracking().OrderBy(m => m.Id).ToListAsync());

    /// <summary>Registers firms one after another through the service, each in its own scope, as the form would.</summary>
    public static Task<IReadOnlyList<InterestRegistration>> RegisterManyAsync(this PortalFactory portal, int programmeId, params string[] companies) =>
        portal.RegisterManyAsync(programmeId, null, companies);

    /// <summary>As above; <paramref name="clock"/>, when given, moves on a minute after each registration.</summary>
    public static async Task<IReadOnlyList<InterestRegistration>> RegisterManyAsync(this PortalFactory portal, int programmeId, FakeTimeProvider? clock, params string[] companies)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var registered = new List<InterestRegistration>();
        foreach (var company in companies)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<RegistrationIntake>();
            var result = await intake.RegisterOnlineAsync(programmeId, Details(company), CancellationToken.None);
            Assert.Equal(IntakeOutcome.Registered, result.Outcome);
            registered.Add(result.Registration!);
            clock?.Advance(TimeSpan.FromMinutes(1));
        }

        return registered;
    }

    public static RegistrationDetails Details(string company, string? email = null) => new(
        company, "Maria Muster", email ?? $"office@{Slug.From(CompanyNames.Key(company))}.example", null,
        ReferenceData.DefaultDistrictId, CompanySize.Small, "Reststoffe aus der Produktion.");
}
