using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Tests.Admin;

/// <summary>
/// <c>create-admin</c> through the real process on a fresh SQLite file: it migrates, creates the Administrator
/// and answers in one German sentence; the account then signs in and is sent to set up two-factor sign-in.
/// </summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private const string Email = "leitung@komunitas.example";
    private const string Password = "ein langes Passwort von der Standardeingabe";

    private readonly string _database = Path.Combine(Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sozialproduziert-tests")).FullName, $"create-admin-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Create_admin_takes_the_password_from_standard_input_and_the_account_signs_in()
    {
        var run = await CreateAdminAsync(Email, Password + "\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Administrator-Konto {Email}", Assert.Single(run.StdoutLines), StringComparison.Ordinal);
        Assert.Empty(run.Stderr);

        await using var portal = new PortalFactory(_database, demo: false);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(Email))!, Roles.Administrator));
        }

        var client = portal.CreateBrowser();
        using var signIn = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = Password });
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        using var dashboard = await client.GetAsync("/admin");
        Assert.Equal("/admin/konto/zwei-faktor", dashboard.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_taken_email_address_or_a_short_password_fails_with_one_german_sentence()
    {
        Assert.Equal(0, (await CreateAdminAsync(Email, Password + "\n")).ExitCode);

        var taken = await CreateAdminAsync(Email, Password + "\n");
        var shortPassword = await CreateAdminAsync("zweite@komunitas.example", "zu kurz\n");
        var noEmail = await CreateAdminAsync("keine-adresse", Password + "\n");

        Assert.NotEqual(0, taken.ExitCode);
        Assert.Equal($"Das Konto wurde nicht angelegt: Für die E-Mail-Adresse „{Email}“ gibt es bereits ein Konto.", Assert.Single(taken.StderrLines));
        Assert.NotEqual(0, shortPassword.ExitCode);
        Assert.Contains("mindestens 12 Zeichen", Assert.Single(shortPassword.StderrLines), StringComparison.Ordinal);
        Assert.NotEqual(0, noEmail.ExitCode);
        Assert.Contains("E-Mail-Adresse", Assert.Single(noEmail.StderrLines), StringComparison.Ordinal);
        foreach (var run in new[] { taken, shortPassword, noEmail })
        {
            Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_standard_input_a_one_time_password_is_generated_and_printed()
    {
        await using var portal = new PortalFactory();
        await using var scope = portal.Services.CreateAsyncScope();

        var (exitCode, message) = await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().ExecuteAsync([Email], null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var password = System.Text.RegularExpressions.Regex.Match(message, "Einmalpasswort: (\\S+)").Groups[1].Value;
        Assert.Equal(20, password.Length);
        var client = portal.CreateBrowser();
        using var signIn = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = password });
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
    }

    public void Dispose() => TemplateDatabases.Delete(_database);

    private Task<AppRun> CreateAdminAsync(string email, string stdin) => AppProcess.RunAsync(
        ["create-admin", email],
        new() { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = TemplateDatabases.ConnectionString(_database) },
        stdin);
}
