namespace SozialProduziert.Web.Services.Operations;

/// <summary>
/// <c>restore &lt;file&gt;</c>: puts a backup in place of the live SQLite database, after checking that it is an
/// intact database of this portal; the replaced state stays beside it as <c>&lt;name&gt;.before-restore-&lt;time&gt;</c>.
/// Meant for a stopped site: running instances would otherwise go on serving cached pages of the old state.
/// </summary>
public sealed class RestoreCommand(SqliteBackup backup)
{
    public const string Name = "restore";

    public static Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        OperatorCommand.RunAsync<RestoreCommand>(services, (command, token) => command.ExecuteAsync(arguments, token), cancellationToken);

    public async Task<(int ExitCode, string Message)> ExecuteAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count != 1 || string.IsNullOrWhiteSpace(arguments[0]))
        {
            return (2, "Bitte geben Sie genau eine Sicherungsdatei an, zum Beispiel: dotnet run --project src/SozialProduziert.Web -- restore /var/backups/sozialproduziert.db");
        }

        if (!backup.IsSqlite)
        {
            return (1, BackupCommand.SqlServerMessage);
        }

        var source = Path.GetFullPath(arguments[0]);
        if (!File.Exists(source))
        {
            return (1, $"Die Sicherungsdatei {source} gibt es nicht.");
        }

        if (string.Equals(source, Path.GetFullPath(backup.LivePath), StringComparison.Ordinal))
        {
            return (1, $"{source} ist die laufende Datenbank selbst – geben Sie eine Sicherungsdatei an.");
        }

        if (await backup.ProblemWithAsync(source, cancellationToken) is { } problem)
        {
            return (1, $"Die Sicherung wird nicht zurückgespielt, die Datenbank bleibt unverändert: {problem}");
        }

        var kept = await backup.RestoreAsync(source, cancellationToken);
        return (0, kept is null
            ? $"Sicherung {source} nach {backup.LivePath} zurückgespielt."
            : $"Sicherung {source} zurückgespielt; der bisherige Stand liegt unter {kept}. Starten Sie die Website (alle Instanzen) neu, damit sie keine zwischengespeicherten Seiten des alten Stands mehr zeigt.");
    }
}
