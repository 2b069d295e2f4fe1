using Microsoft.Data.Sqlite;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Migrating and seeding a database costs far more than copying a file, so each template is built once per
/// test run by the real app (Program's DatabaseInitializer) and every test gets a copy of its own.
/// </summary>
internal static class TemplateDatabases
{
    private static readonly string RunFolder = CreateRunFolder();

    private static readonly Lazy<string> EmptyTemplate = new(() => Build("template-empty.db", demo: false), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> DemoTemplate = new(() => Build("template-demo.db", demo: true), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The migrated template file, built on first use.</summary>
    public static string TemplatePath(PortalDatabase database) =>
        database == PortalDatabase.Demo ? DemoTemplate.Value : EmptyTemplate.Value;

    /// <summary>A fresh copy of the template under a unique name, owned by the caller.</summary>
    public static string CopyTemplate(PortalDatabase database)
    {
        var path = Path.Combine(RunFolder, $"test-{Guid.NewGuid():N}.db");
        File.Copy(TemplatePath(database), path);
        return path;
    }

    /// <summary>The connection string the app gets; built the way the app rebuilds it, so the pool key matches.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path }.ToString();

    /// <summary>Closes pooled connections to the file, then removes it with its journal files.</summary>
    public static void Delete(string path)
    {
        using (var connection = new SqliteConnection(ConnectionString(path)))
        {
            SqliteConnection.ClearPool(connection);
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private static string Build(string fileName, bool demo)
    {
        var path = Path.Combine(RunFolder, fileName);
        using (var factory = new PortalFactory(path, demo))
        {
            // Resolving the services starts the host, which runs Program's migrate-and-seed step.
            _ = factory.Services;
        }

        using (var connection = new SqliteConnection(ConnectionString(path)))
        {
            SqliteConnection.ClearPool(connection);
        }

        // Fold the write-ahead log into the file, so copying the file alone copies everything.
        using (var connection = new SqliteConnection($"{ConnectionString(path)};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return path;
    }

    private static string CreateRunFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "sozialproduziert-tests");
        RemoveAbandonedRuns(root);
        var folder = Path.Combine(root, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDeleteFolder(folder);
        return folder;
    }

    /// <summary>Runs that were killed leave their folder behind; other worktrees may be testing right now, so only old ones go.</summary>
    private static void RemoveAbandonedRuns(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "run-*"))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-6))
            {
                TryDeleteFolder(folder);
            }
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is removed by a later run.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
