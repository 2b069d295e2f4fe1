using System.Net;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Programmes;

/// <summary>The public interest registration at /mitmachen, through the real form.</summary>
public class RegistrationFormTests
{
    [Fact]
    public async Task A_registration_is_stored_with_server_time_and_its_page_and_mail_tell_the_place()
    {
        var now = new DateTimeOffset(2027, 3, 15, 8, 30, 5, TimeSpan.Zero);
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(now) };
        await portal.CreateProgrammeAsync(opensAt: now.UtcDateTime.AddDays(-1), closesAt: now.UtcDateTime.AddDays(10));
        var client = portal.CreateBrowser();

        var page = await client.RegisterAndOpenConfirmationAsync(Registrations.Fields("Tischlerei Holzwurm GmbH"));

        var registration = Assert.Single(await portal.RegistrationsAsync());
        Assert.Equal((1, now.UtcDateTime, RegistrationStatus.Selected, RegistrationChannel.Online), (registration.ArrivalNumber, registration.ArrivedAt, registration.Status, registration.Channel));
        Assert.Equal("tischlereiholzwurm", registration.CompanyKey);
        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains("vorläufig ausgewählt (Platz 1 von 10)", text, StringComparison.Ordinal);
        Assert.Contains("am 15.03.2027 um 09:30 Uhr eingelangt", text, StringComparison.Ordinal);
        var mail = Assert.Single(await portal.MailsAsync());
        Assert.Equal(("office@tischlereiholzwurm.example", "registration-confirmation"), (mail.ToAddress, mail.Purpose));
        foreach (var paragraph in page.Document.QuerySelectorAll(".notice p").Select(p => p.TextContent))
        {
            Assert.Contains(paragraph, mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(paragraph, System.Net.WebUtility.HtmlDecode(mail.HtmlBody), StringComparison.Ordinal);
        }

        Assert.Contains($"/mitmachen/anmeldung/{registration.AccessToken}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_eleventh_firm_is_told_it_is_first_on_the_waitlist()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        await portal.RegisterManyAsync(programmeId, Enumerable.Range(1, 10).Select(i => $"Firma {i}").ToArray());

        var page = await portal.CreateBrowser().RegisterAndOpenConfirmationAsync(Registrations.Fields("Elfte Firma"));

        Assert.Contains("Warteliste, Platz 1", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Waitlisted, (await portal.RegistrationsAsync()).Single(r => r.CompanyName == "Elfte Firma").Status);
    }

    [Fact]
    public async Task The_confirmation_page_shows_only_the_firm_itself_and_a_wrong_token_finds_nothing()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.CreateProgrammeAsync();
        await portal.RegisterManyAsync(programmeId, "Geheime Konkurrenz GmbH");
        var client = portal.CreateBrowser();

        var page = await client.RegisterAndOpenConfirmationAsync(Registrations.Fields("Tischlerei Holzwurm GmbH"));
        var token = (await portal.RegistrationsAsync()).Single(r => r.CompanyName == "Tischlerei Holzwurm GmbH").AccessToken;

        Assert.DoesNotContain("Geheime Konkurrenz", page.Html, StringComparison.Ordinal);
        Assert.Contains("noindex", page.Html, StringComparison.Ordinal);
        Assert.True(token.Length >= 43, "The token carries 256 random bits.");
        Assert.Equal(HttpStatusCode.NotFound, (await client.OpenAsync("/mitmachen/anmeldung/" + token[..^1] + (token[^1] == 'A' ? "B" : "A"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.OpenAsync("/mitmachen/anmeldung/1")).Status);
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_links_each_error_to_its_field()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();
        var client = portal.CreateBrowser();
        var fields = Registrations.Fields("Tischlerei „Holzwurm“ & Söhne");
        fields["Email"] = "kein-mail";
        fields["Phone"] = "ruf mich an";
        fields["Ideas"] = "";
        fields["CompanySize"] = "riesig";
        fields.Remove("Consent");

        using var response = await client.RegisterAsync(fields);
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await portal.RegistrationsAsync());
        Assert.Equal("Tischlerei „Holzwurm“ & Söhne", document.QuerySelector("#CompanyName")!.GetAttribute("value"));
        Assert.Equal("kein-mail", document.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("ruf mich an", document.QuerySelector("#Phone")!.GetAttribute("value"));
        Assert.Equal("Maria Muster", document.QuerySelector("#ContactPerson")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("#DistrictId option[selected]"));
        var links = document.QuerySelectorAll(".form-errors a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#CompanySize", "#Consent", "#Email", "#Ideas", "#Phone"], links.Order().ToList());
        Assert.Contains("gültige E-Mail-Adresse", document.QuerySelector("#Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", document.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
        Assert.Contains("Email-error", document.QuerySelector("#Email")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_period_the_page_names_the_opening_day_and_offers_no_form()
    {
        var now = new DateTimeOffset(2027, 2, 20, 10, 0, 0, TimeSpan.Zero);
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(now) };
        await portal.CreateProgrammeAsync(opensAt: ViennaMidnight(2027, 3, 1), closesAt: ViennaMidnight(2027, 4, 1));

        var page = await portal.CreateBrowser().OpenAsync("/mitmachen");

        Assert.Null(page.Document.QuerySelector("form.registration-form"));
        Assert.Contains("beginnt am 01.03.2027", page.Document.QuerySelector(".registration")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_period_the_page_says_so_and_a_late_submission_is_not_stored()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 31, 21, 0, 0, TimeSpan.Zero));
        await using var portal = new PortalFactory { Clock = clock };
        var programmeId = await portal.CreateProgrammeAsync(opensAt: ViennaMidnight(2027, 3, 1), closesAt: ViennaMidnight(2027, 4, 1));
        var client = portal.CreateBrowser();
        var token = await client.AntiforgeryTokenAsync("/mitmachen");

        // 31 March 2027, 23:00 in Vienna is the last hour; midnight ends the period.
        clock.Advance(TimeSpan.FromHours(1));
        var fields = Registrations.Fields("Zu spät GmbH");
        fields["ProgrammeId"] = programmeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["__RequestVerificationToken"] = token;
        using var late = await client.PostAsync("/mitmachen", new FormUrlEncodedContent(fields));
        var page = await client.OpenAsync("/mitmachen");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("derzeit keine Anmeldung möglich", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await portal.RegistrationsAsync());
        Assert.Null(page.Document.QuerySelector("form.registration-form"));
        Assert.Contains("am 31.03.2027 zu Ende gegangen", page.Document.QuerySelector(".registration")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_programme_the_page_says_no_registration_is_possible()
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateBrowser().OpenAsync("/mitmachen");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form.registration-form"));
        Assert.Contains("Derzeit ist keine Anmeldung möglich", page.Document.QuerySelector(".registration")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_links_the_privacy_page_and_carries_the_honeypot()
    {
        await using var portal = new PortalFactory();
        await portal.CreateProgrammeAsync();

        var page = await portal.CreateBrowser().OpenAsync("/mitmachen");

        Assert.NotNull(page.Document.QuerySelector("#Consent-hint a[href='/datenschutz']"));
        Assert.NotNull(page.Document.QuerySelector($"form.registration-form input[name={Honeypot.FieldName}]"));
        Assert.Equal(24, page.Document.QuerySelectorAll("#DistrictId option[value]:not([value=''])").Length);
        Assert.Equal(["1–9 Beschäftigte", "10–49 Beschäftigte", "50–249 Beschäftigte", "250 und mehr Beschäftigte"],
            page.Document.QuerySelectorAll("#CompanySize option:not([value=''])").Select(o => o.TextContent).ToList());
    }

    private static DateTime ViennaMidnight(int year, int month, int day) => ViennaTime.ToUtc(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified));
}
