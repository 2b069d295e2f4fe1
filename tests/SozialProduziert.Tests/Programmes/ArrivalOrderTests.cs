using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Programmes;

/// <summary>Arrival numbers under concurrent submissions, duplicates, and the protections of the public form.</summary>
public class ArrivalOrderTests
{
    [Fact]
    public async Task Fifty_concurrent_registrations_get_the_numbers_1_to_50_once_each_ten_places_and_forty_waiting()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();

        // Each firm has its own browser and address (the rate limit is per client); all fetch the form first, then
        // all submit at once, so the submissions really overlap in the server.
        var firms = await Task.WhenAll(Enumerable.Range(1, 50).Select(async i =>
        {
            var client = portal.CreateBrowser().From($"10.1.{i / 200}.{(i % 200) + 1}");
            var fields = Registrations.Fields($"Parallelbetrieb {i:D2}");
            var form = await client.OpenAsync("/mitmachen");
            fields["ProgrammeId"] = form.Document.QuerySelector("input[name=ProgrammeId]")!.GetAttribute("value")!;
            fields["__RequestVerificationToken"] = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            return (client, fields);
        }));
        using var start = new ManualResetEventSlim();
        var submissions = firms.Select(firm => Task.Run(async () =>
        {
            start.Wait();
            using var response = await firm.client.PostAsync("/mitmachen", new FormUrlEncodedContent(firm.fields));
            return response.StatusCode;
        })).ToList();
        start.Set();
        var statuses = await Task.WhenAll(submissions);

        var stored = await portal.RegistrationsAsync();
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        Assert.Equal(Enumerable.Range(1, 50), stored.Select(r => r.ArrivalNumber));
        Assert.Equal(50, stored.Select(r => r.CompanyName).Distinct().Count());
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Selected));
        Assert.Equal(40, stored.Count(r => r.Status == RegistrationStatus.Waitlisted));

        // In the order stored: arrival times never run backwards, and the ten with the lowest numbers hold the places.
        Assert.Equal(stored.Select(r => r.ArrivedAt).Order(), stored.Select(r => r.ArrivedAt));
        Assert.All(stored.Take(10), r => Assert.Equal(RegistrationStatus.Selected, r.Status));
        Assert.Equal(50, (await portal.MailsAsync()).Count(m => m.Purpose == "registration-confirmation"));
    }

    [Theory]
    [InlineData("Donautal Druck & Medien GmbH", "DONAUTAL DRUCK UND MEDIEN Ges.m.b.H.", "a@donautal.example", "b@anders.example")]
    [InlineData("Holzwerk Gruber KG", "  HOLZWERK   gruber  ", "a@gruber.example", "b@anders.example")]
    [InlineData("Bäckerei Wallner e.U.", "BAECKEREI WALLNER", "a@wallner.example", "b@anders.example")]
    [InlineData("Gärtnerei Blumenreich OG", "Ganz andere Firma AG", "Office@Blumenreich.example", "  office@blumenreich.EXAMPLE ")]
    public async Task A_second_registration_of_the_same_company_or_email_is_recognised_and_not_counted(string first, string second, string firstEmail, string secondEmail)
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();
        var client = portal.CreateBrowser();
        using var original = await client.RegisterAsync(Registrations.Fields(first, firstEmail));

        using var again = await client.RegisterAsync(Registrations.Fields(second, secondEmail, contact: "Jemand Anderer"));
        var page = await client.OpenAsync(again.Headers.Location!.OriginalString);

        Assert.Equal("/mitmachen/bereits-angemeldet", again.Headers.Location!.OriginalString);
        var registration = Assert.Single(await portal.RegistrationsAsync());
        Assert.Equal(first, registration.CompanyName);
        Assert.Single(await portal.MailsAsync());
        Assert.Contains("bereits angemeldet", page.H1, StringComparison.Ordinal);
        Assert.Contains("meldet sich bei Ihnen", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(firstEmail.Trim(), page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Maria Muster", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Similar_but_different_companies_are_both_counted_and_a_withdrawn_firm_may_register_again()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        var client = portal.CreateBrowser();
        using var first = await client.RegisterAsync(Registrations.Fields("Holzwerk Gruber GmbH"));
        using var second = await client.RegisterAsync(Registrations.Fields("Holzwerk Gruber Söhne GmbH"));
        await portal.WithDbAsync(async db => (await db.InterestRegistrations.FirstAsync(r => r.ArrivalNumber == 1)).Status = RegistrationStatus.Withdrawn);

        using var again = await client.RegisterAsync(Registrations.Fields("Holzwerk Gruber GmbH"));

        Assert.All(new[] { first, second, again }, r => Assert.StartsWith("/mitmachen/anmeldung/", r.Headers.Location?.OriginalString, StringComparison.Ordinal));
        Assert.Equal(3, (await portal.RegistrationsAsync()).Count(r => r.ProgrammeId == programmeId));
    }

    [Fact]
    public async Task The_honeypot_answers_like_a_success_stores_nothing_and_the_next_real_registration_is_stored()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();
        var client = portal.CreateBrowser();
        var bot = Registrations.Fields("Spam Bot Ltd");
        bot[Honeypot.FieldName] = "https://spam.example";

        using var trapped = await client.RegisterAsync(bot);
        var thanks = await client.OpenAsync(trapped.Headers.Location!.OriginalString);
        Assert.Empty(await portal.RegistrationsAsync());
        Assert.Empty(await portal.MailsAsync());

        using var real = await client.RegisterAsync(Registrations.Fields("Echte Firma GmbH"));

        Assert.Equal(HttpStatusCode.Redirect, trapped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thanks.Status);
        Assert.Contains("Vielen Dank", thanks.H1, StringComparison.Ordinal);
        var stored = Assert.Single(await portal.RegistrationsAsync());
        Assert.Equal(("Echte Firma GmbH", 1), (stored.CompanyName, stored.ArrivalNumber));
        Assert.Single(await portal.MailsAsync());
    }

    [Fact]
    public async Task After_ten_submissions_a_client_gets_429_while_another_client_still_registers()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();
        var noisy = portal.CreateBrowser().From("203.0.113.7");
        var other = portal.CreateBrowser().From("198.51.100.20");

        for (var i = 1; i <= 10; i++)
        {
            using var accepted = await noisy.RegisterAsync(Registrations.Fields($"Firma {i}"));
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var refused = await noisy.RegisterAsync(Registrations.Fields("Firma 11"));
        var formStillShown = await noisy.OpenAsync("/mitmachen");
        using var fromOther = await other.RegisterAsync(Registrations.Fields("Andere Firma"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, formStillShown.Status);
        Assert.Equal(HttpStatusCode.Redirect, fromOther.StatusCode);
        var stored = await portal.RegistrationsAsync();
        Assert.Equal(11, stored.Count);
        Assert.DoesNotContain(stored, r => r.CompanyName == "Firma 11");
        Assert.Contains(stored, r => r.CompanyName == "Andere Firma");
    }
}
