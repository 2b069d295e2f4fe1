using System.Globalization;

namespace SozialProduziert.Web.Services.Operations;

/// <summary>
/// <c>backup &lt;file&gt;</c>: a consistent copy of the SQLite database, taken while the site is serving. On SQL
/// Server the database administration backs up with SQL Server's own tools; the command says so and does nothing.
/// </summary>
public sealed class BackupCommand(SqliteBackup backup)
{
    public const string Name = "backup";

    internal const string SqlServerMessage =
        "Die Datenbank läuft auf SQL Server: Sichern und Zurückspielen übernimmt die Datenbankadministration mit den Werkzeugen von SQL Server " +
        "(BACKUP DATABASE und RESTORE DATABASE, etwa in einem Wartungsplan). Bilder und Downloads liegen in der Datenbank und sind damit mitgesichert – siehe docs/operations.md.";

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        OperatorCommand.RunAsync<BackupCommand>(services, (command, token) => command.ExecuteAsync(arguments, token), cancellationToken);

    public async Task<(int ExitCode, string Message)> ExecuteAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count != 1 || string.IsNullOrWhiteSpace(arguments[0]))
        {
            return (2, "Bitte geben Sie genau eine Zieldatei an, zum Beispiel: dotnet run --project src/SozialProduziert.Web -- backup /var/backups/sozialproduziert.db");
        }

        if (!backup.IsSqlite)
        {
            return (1, SqlServerMessage);
        }

        if (!File.Exists(backup.LivePath))
        {
            return (1, $"Die Datenbank {backup.LivePath} gibt es nicht – prüfen Sie ConnectionStrings:Default.");
        }

        var target = Path.GetFullPath(arguments[0]);
        if (Path.GetDirectoryName(target) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var bytes = await backup.BackupAsync(target, cancellationToken);
        var megabytes = (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.GetCultureInfo("de-AT"));
        return (0, $"Sicherung geschrieben: {target} ({megabytes} MB, Integrität geprüft). Sie enthält alle Inhalte, Konten, Bilder und Downloads – alles liegt in der Datenbank.");
    }
}
