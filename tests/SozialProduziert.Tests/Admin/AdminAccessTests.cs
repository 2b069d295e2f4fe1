using System.Net;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Who may enter the staff area: anonymous visitors are sent to sign in, staff get in.</summary>
public class AdminAccessTests
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=%2Fadmin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Administrator)]
    public async Task Staff_see_the_dashboard_marked_noindex(string role)
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(role);

        using var response = await client.GetAsync("/admin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Übersicht</h1>", html, StringComparison.Ordinal);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_email_and_says_so_in_german()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync("redaktion@komunitas.example", Roles.Editor);
        var client = portal.CreateBrowser();

        using var response = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = "redaktion@komunitas.example", ["Password"] = "falsch-falsch-falsch" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort stimmen nicht.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"redaktion@komunitas.example\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_antiforgery_token_is_refused()
    {
        await using var portal = new PortalFactory();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@b.example", ["Password"] = "x" });

        using var response = await portal.CreateBrowser().PostAsync("/admin/anmelden", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
