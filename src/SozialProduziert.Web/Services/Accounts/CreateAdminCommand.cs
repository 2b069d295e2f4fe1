using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>
/// <c>create-admin &lt;e-mail&gt;</c>: the first Administrator of a real installation. Brings the database to the
/// current schema, creates the account and prints a one-time password, or takes the password from the first
/// line of standard input when that is redirected (for scripts). Errors are one German sentence on stderr.
/// </summary>
public sealed class CreateAdminCommand(DatabaseInitializer database, StaffAccounts accounts, AuditLog audit)
{
    public const string Name = "create-admin";

    /// <summary>Runs the command with the app's services; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        await using var scope = services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetRequiredService<CreateAdminCommand>();
        var password = Console.IsInputRedirected ? await Console.In.ReadLineAsync(cancellationToken) ?? "" : null;
        var (exitCode, message) = await command.ExecuteAsync(arguments, password, cancellationToken);
        await (exitCode == 0 ? Console.Out : Console.Error).WriteLineAsync(message);
        return exitCode;
    }

    /// <summary>
    /// <paramref name="password"/> is the line read from standard input, or null to generate one.
    /// Returns the exit code and the one line to print.
    /// </summary>
    public async Task<(int ExitCode, string Message)> ExecuteAsync(IReadOnlyList<string> arguments, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var email = arguments.Count == 1 ? arguments[0].Trim() : "";
        if (!new EmailAddressAttribute().IsValid(email) || email.Length == 0)
        {
            return (2, "Bitte geben Sie genau eine gültige E-Mail-Adresse an, zum Beispiel: dotnet run --project src/SozialProduziert.Web -- create-admin name@example.org");
        }

        if (password is not null && password.Length == 0)
        {
            return (1, "Auf der Standardeingabe kam kein Passwort an – schreiben Sie es in die erste Zeile oder rufen Sie den Befehl ohne Umleitung auf, dann wird ein Einmalpasswort erzeugt.");
        }

        await database.InitializeAsync(cancellationToken);
        var (result, created) = await accounts.CreateAsync(email, email.Split('@')[0], Roles.Administrator, password);
        if (!result.Succeeded)
        {
            return (1, $"Das Konto wurde nicht angelegt: {result.Errors.First().Description}");
        }

        await audit.WriteAsync(AuditAction.AccountCreated, $"Konto {email} mit der Rolle „{Roles.Administrator}“ über die Kommandozeile angelegt", null, cancellationToken);
        return (0, password is null
            ? $"Administrator-Konto {email} angelegt. Einmalpasswort: {created} – bitte nach der ersten Anmeldung unter /admin/konto ändern; dabei wird auch die Zwei-Faktor-Anmeldung eingerichtet."
            : $"Administrator-Konto {email} mit dem übergebenen Passwort angelegt. Bei der ersten Anmeldung wird die Zwei-Faktor-Anmeldung eingerichtet.");
    }
}
