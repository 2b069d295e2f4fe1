using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// The portal's cookies (sign-in, the pending two-factor step, anti-forgery, one-time messages) are out of reach of
/// script (HttpOnly), not sent along by other sites' forms (SameSite Lax or Strict), and outside Development only
/// sent over https (Secure).
/// </summary>
public class CookieTests
{
    [Theory]
    [InlineData(PortalFactory.EnvironmentName)]
    [InlineData("Production")]
    public async Task Outside_development_every_cookie_is_http_only_same_site_and_secure(string environment)
    {
        await using var portal = new PortalFactory();
        using var configured = portal.WithWebHostBuilder(host => host.UseEnvironment(environment));
        var cookies = await CollectCookiesAsync(portal, configured, "https://www.sozialproduziert.example");

        Assert.Equal(["sopro.2fa", "sopro.af", "sopro.auth"], cookies.Keys.Where(k => k.StartsWith("sopro.", StringComparison.Ordinal)).Order());
        foreach (var (name, header) in cookies)
        {
            Assert.True(HasFlag(header, "httponly"), $"{name} is not HttpOnly: {header}");
            Assert.True(HasFlag(header, "samesite=lax") || HasFlag(header, "samesite=strict"), $"{name} is not SameSite Lax/Strict: {header}");
            Assert.True(HasFlag(header, "secure"), $"{name} is not Secure: {header}");
        }
    }

    [Fact]
    public async Task In_development_cookies_work_over_plain_http_but_stay_http_only_and_same_site()
    {
        await using var portal = new PortalFactory();
        using var development = portal.WithWebHostBuilder(host => host.UseEnvironment("Development"));
        var cookies = await CollectCookiesAsync(portal, development, "http://localhost");

        Assert.Contains("sopro.auth", cookies.Keys);
        foreach (var (name, header) in cookies)
        {
            Assert.True(HasFlag(header, "httponly"), $"{name} is not HttpOnly: {header}");
            Assert.True(HasFlag(header, "samesite=lax") || HasFlag(header, "samesite=strict"), $"{name} is not SameSite Lax/Strict: {header}");
            Assert.False(HasFlag(header, "secure"), $"{name} is Secure and would not be stored over http://localhost: {header}");
        }
    }

    /// <summary>Every Set-Cookie the portal sends while an Administrator signs in with two-factor and saves a form.</summary>
    private static async Task<Dictionary<string, string>> CollectCookiesAsync(PortalFactory portal, WebApplicationFactory<Program> app, string baseAddress)
    {
        var email = $"keks-{Guid.NewGuid():N}@komunitas.example";
        await portal.CreateStaffAsync(email, Roles.Administrator);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
        var cookies = new Dictionary<string, string>();

        using var form = await client.GetAsync("/admin/anmelden");
        Collect(form, cookies);
        using var password = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = StaffSession.Password });
        Collect(password, cookies);
        using var code = await client.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = await portal.AuthenticatorCodeAsync(email) });
        Collect(code, cookies);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        using var saved = await client.SubmitFormAsync("/admin/listen/arbeitsfelder/neu", new() { ["Name"] = "Keksbäckerei", ["Slug"] = "" });
        Collect(saved, cookies);
        return cookies;
    }

    private static void Collect(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            // A cookie being deleted (expired, empty value) says nothing about how a real one is protected.
            if (!header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                cookies[header.Split('=')[0]] = header;
            }
        }
    }

    private static bool HasFlag(string header, string flag) =>
        header.Split(';', StringSplitOptions.TrimEntries).Any(part => string.Equals(part, flag, StringComparison.OrdinalIgnoreCase));
}
