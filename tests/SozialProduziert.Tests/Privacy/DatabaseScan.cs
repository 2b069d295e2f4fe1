using Microsoft.Data.Sqlite;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Privacy;

/// <summary>
/// Looks for a text in every text column of every table of a test database, so an erasure test also notices tables
/// it was not written for. Staff accounts (AspNetUsers) are not a person's request data and are left out.
/// </summary>
public static class DatabaseScan
{
    public static async Task<IReadOnlyList<string>> ColumnsContainingAsync(PortalFactory portal, string text)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'AspNet%' AND name <> '__EFMigrationsHistory'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hits = new List<string>();
        foreach (var table in tables)
        {
            foreach (var column in await TextColumnsAsync(connection, table))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE instr(lower(\"{column}\"), lower($text)) > 0";
                command.Parameters.AddWithValue("$text", text);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }

        return hits;
    }

    private static async Task<List<string>> TextColumnsAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name, type FROM pragma_table_info('{table}')";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            if (reader.GetString(1).Equals("TEXT", StringComparison.OrdinalIgnoreCase))
            {
                columns.Add(reader.GetString(0));
            }
        }

        return columns;
    }
}
