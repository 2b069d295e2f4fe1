using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>
/// A partner account sees and changes only its own firm. Every route of the partner area is listed in
/// <see cref="Routes"/>; a test fails when the app has a partner route the table does not name, so a new route
/// cannot escape these checks.
/// </summary>
public class PartnerIsolationTests
{
    /// <summary>Each route of /mein-bereich with how it is tested. {beta} is the other firm's id, {figure} the other firm's figure.</summary>
    public static readonly IReadOnlyList<PartnerRoute> Routes =
    [
        new("GET", "mein-bereich", "/mein-bereich"),
        new("GET", "mein-bereich/auslage", "/mein-bereich/auslage"),
        new("POST", "mein-bereich/auslage/freigeben", "/mein-bereich/auslage/freigeben"),
        new("POST", "mein-bereich/auslage/aenderungen", "/mein-bereich/auslage/aenderungen"),
        new("GET", "mein-bereich/kennzahlen", "/mein-bereich/kennzahlen"),
        new("POST", "mein-bereich/kennzahlen/{id:int}/bestaetigen", "/mein-bereich/kennzahlen/{figure}/bestaetigen"),
        new("GET", "mein-bereich/bericht/{year:int}", $"/mein-bereich/bericht/{TwoFirms.Year}"),
        new("GET", "mein-bereich/bericht/{year:int}.{format}", $"/mein-bereich/bericht/{TwoFirms.Year}.docx"),
        new("GET", "mein-bereich/bericht/{year:int}.{format}", $"/mein-bereich/bericht/{TwoFirms.Year}.md"),
        new("GET", "mein-bereich/bericht/{year:int}.{format}", $"/mein-bereich/bericht/{TwoFirms.Year}.csv"),
        new("GET", "mein-bereich/bericht/{year:int}.{format}", $"/mein-bereich/bericht/{TwoFirms.Year}.json"),
        new("GET", "mein-bereich/sicherheit", "/mein-bereich/sicherheit"),
        new("POST", "mein-bereich/sicherheit", "/mein-bereich/sicherheit", OwnAccountOnly: true),
        new("POST", "mein-bereich/sicherheit/ausschalten", "/mein-bereich/sicherheit/ausschalten", OwnAccountOnly: true),
        new("GET", "mein-bereich/anmelden", "/mein-bereich/anmelden", Anonymous: true),
        new("POST", "mein-bereich/anmelden", "/mein-bereich/anmelden", Anonymous: true),
        new("GET", "mein-bereich/anmelden/zwei-faktor", "/mein-bereich/anmelden/zwei-faktor", Anonymous: true),
        new("POST", "mein-bereich/anmelden/zwei-faktor", "/mein-bereich/anmelden/zwei-faktor", Anonymous: true),
        new("POST", "mein-bereich/abmelden", "/mein-bereich/abmelden", Anonymous: true),
        new("GET", "mein-bereich/einladung/{token}", "/mein-bereich/einladung/unbekannt", Anonymous: true),
        new("POST", "mein-bereich/einladung/{token}", "/mein-bereich/einladung/unbekannt", Anonymous: true),
    ];

    [Fact]
    public async Task Every_route_of_the_partner_area_is_in_the_test_table()
    {
        await using var portal = new PortalFactory();
        var tested = Routes.Select(r => (r.Method, r.Template)).ToHashSet();

        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.RouteValues["area"] == "Partner")
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .ToList();

        Assert.True(endpoints.Count >= 15, $"Only {endpoints.Count} partner routes found.");
        Assert.All(endpoints, e => Assert.True(tested.Contains(e), $"{e.Item1} {e.Item2} is not in PartnerIsolationTests.Routes."));
    }

    [Fact]
    public async Task A_partner_never_sees_the_other_firms_data_on_any_page_or_export_even_with_its_id_in_the_query()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var alpha = await portal.SignInAsPartnerAsync(firms.AlphaId);

        foreach (var route in Routes.Where(r => r.Method == "GET" && !r.Anonymous))
        {
            var url = route.Url(firms) + $"?partnerId={firms.BetaId}&id={firms.BetaId}&partner={firms.BetaId}";
            using var response = await alpha.GetAsync(url);
            var body = await BodyTextAsync(response);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
            Assert.DoesNotContain(TwoFirms.BetaMarker, body, StringComparison.Ordinal);
            if (route.Template.StartsWith("mein-bereich/bericht", StringComparison.Ordinal) || route.Template is "mein-bereich" or "mein-bereich/kennzahlen" or "mein-bereich/auslage")
            {
                Assert.Contains(TwoFirms.AlphaMarker, body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_partner_cannot_confirm_approve_or_comment_for_the_other_firm()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var alpha = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var betaHash = await portal.WithDbAsync(async db => Web.Services.PartnerArea.ShowcaseFingerprint.Of(await db.Partners.SingleAsync(p => p.Id == firms.BetaId)));
        var reviewsBefore = await portal.WithDbAsync(db => db.ShowcaseReviews.CountAsync(r => r.PartnerId == firms.BetaId));

        foreach (var route in Routes.Where(r => r.Method == "POST" && !r.Anonymous && !r.OwnAccountOnly))
        {
            using var response = await alpha.SubmitFormAsync(route.Url(firms), new()
            {
                ["Hash"] = betaHash, ["Comment"] = "Übernahme", ["version"] = "1", ["PartnerId"] = firms.BetaId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, formPage: "/mein-bereich");
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{route.Url(firms)} answered {(int)response.StatusCode}.");
        }

        var beta = await portal.WithDbAsync(db => db.ImpactFigures.AsNoTracking().SingleAsync(f => f.Id == firms.BetaFigureId));
        Assert.Null(beta.PartnerConfirmedAt);
        Assert.Equal(reviewsBefore, await portal.WithDbAsync(db => db.ShowcaseReviews.CountAsync(r => r.PartnerId == firms.BetaId)));
        Assert.Equal(0, await portal.WithDbAsync(db => db.ShowcaseReviews.CountAsync(r => r.PartnerId == firms.AlphaId && r.ContentHash == betaHash)));
    }

    [Fact]
    public async Task A_partner_gets_403_on_the_staff_area_and_anonymous_visitors_are_sent_to_the_partner_sign_in()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var alpha = await portal.SignInAsPartnerAsync(firms.AlphaId);
        var anonymous = portal.CreateBrowser();

        foreach (var url in new[] { "/admin", "/admin/partner", $"/admin/partner/{firms.BetaId}", $"/admin/partner/{firms.BetaId}/bericht/{TwoFirms.Year}.csv", "/admin/freigaben", $"/admin/kennzahlen/{firms.BetaFigureId}" })
        {
            using var response = await alpha.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode} to a partner.");
        }

        foreach (var route in Routes.Where(r => r.Method == "GET" && !r.Anonymous))
        {
            using var response = await anonymous.GetAsync(route.Url(firms));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/mein-bereich/anmelden", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_accounts_have_no_partner_area()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.GetAsync("/mein-bereich");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The text of a page or export; a .docx is unzipped to its document XML.</summary>
    private static async Task<string> BodyTextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.Content.Headers.ContentType?.MediaType?.Contains("wordprocessingml", StringComparison.Ordinal) == true)
        {
            return ReportParsers.DocxText(bytes);
        }

        return Encoding.UTF8.GetString(bytes);
    }
}

public sealed record PartnerRoute(string Method, string Template, string UrlPattern, bool Anonymous = false, bool OwnAccountOnly = false)
{
    public string Url(TwoFirms firms)
    {
        ArgumentNullException.ThrowIfNull(firms);
        return UrlPattern.Replace("{figure}", firms.BetaFigureId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
