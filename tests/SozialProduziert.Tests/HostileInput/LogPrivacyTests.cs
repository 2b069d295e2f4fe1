using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// Sign-in (right and wrong), the two-factor step, account creation, a password change and a search, with the
/// portal's own loggers at Debug and ASP.NET Core and EF Core at the levels appsettings.json ships: no e-mail address,
/// password, code or search text appears in any log entry (message, structured values or exception). Turned up to
/// Information or below, ASP.NET Core itself logs request URLs with their query strings (and at Trace every action
/// argument) - a setting for a developer's machine, which docs/testing.md warns about.
/// </summary>
public class LogPrivacyTests
{
    private const string Email = "hermine.oberleitner@komunitas.example";
    private const string NewPassword = "Zitronenfalter-Sommerwiese-2031";
    private const string WrongPassword = "Pflaumenkuchen-Dienstag-8642";
    private const string NewStaffEmail = "gottfried.wiesinger@komunitas.example";

    [Fact]
    public async Task Personal_data_and_secrets_never_reach_the_logs_with_the_portals_own_logging_at_debug()
    {
        await using var portal = new PortalFactory();
        var logs = new LogCapture();
        await using var app = portal.WithWebHostBuilder(host =>
        {
            // The portal's own code and everything else at Debug; ASP.NET Core and EF Core at the levels appsettings.json ships.
            host.UseSetting("Logging:LogLevel:Default", "Debug");
            host.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        });
        await portal.CreateStaffAsync(Email, Roles.Administrator);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var wrong = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = WrongPassword });
        using var wrongCode = await PasswordThenCodeAsync(client, "000000");
        var code = await portal.AuthenticatorCodeAsync(Email);
        using var signedIn = await PasswordThenCodeAsync(client, code);
        using var created = await client.SubmitFormAsync("/admin/konten/neu", new() { ["DisplayName"] = "Gottfried Wiesinger", ["Email"] = NewStaffEmail, ["Role"] = Roles.Editor });
        var oneTimePassword = HtmlPage.From(await created.Content.ReadAsStringAsync()).Document.QuerySelector(".one-time-password")?.TextContent.Trim();
        using var changed = await client.SubmitFormAsync("/admin/konto/passwort", new() { ["Password.CurrentPassword"] = StaffSession.Password, ["Password.NewPassword"] = NewPassword, ["Password.ConfirmPassword"] = NewPassword }, "/admin/konto");
        using var search = await client.GetAsync("/suche?q=" + Uri.EscapeDataString(Email));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False(string.IsNullOrEmpty(oneTimePassword), "The new account's one-time password was not shown.");
        Assert.True(logs.Entries.Any(e => e.Level == LogLevel.Debug), $"No debug entry at all: logging was not turned up.");
        string[] secrets = [Email, "oberleitner", NewStaffEmail, "wiesinger", StaffSession.Password, WrongPassword, NewPassword, code, oneTimePassword!];
        foreach (var secret in secrets)
        {
            var leak = logs.Entries.FirstOrDefault(e => e.Everything.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"\"{secret}\" is in a log entry of {leak?.Category}: {leak?.Everything}");
        }
    }

    private static async Task<HttpResponseMessage> PasswordThenCodeAsync(HttpClient client, string code)
    {
        using var password = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = StaffSession.Password });
        return await client.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = code });
    }
}
