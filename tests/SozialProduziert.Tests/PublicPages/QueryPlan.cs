using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>SQLite's plan (<c>EXPLAIN QUERY PLAN</c>) of a command the app ran, asked past the app on the same file.</summary>
internal static class QueryPlan
{
    /// <summary>One line of the plan; <see cref="Parent"/> is the <see cref="Id"/> of the step it belongs to.</summary>
    internal sealed record Step(int Id, int Parent, string Detail);

    /// <summary>
    /// The steps of each statement of the command, in order, with the command's parameters. Ids are per statement, so
    /// compare parents only within a command of one statement.
    /// </summary>
    public static async Task<List<Step>> ExplainAsync(PortalFactory portal, ExecutedCommand executed)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        var plan = new List<Step>();
        foreach (var statement in executed.Sql.Split(";\n"))
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + statement;
            foreach (var (name, value) in executed.Parameters.Where(p => statement.Contains(p.Key, StringComparison.Ordinal)))
            {
                explain.Parameters.AddWithValue(name, value);
            }

            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(new Step(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
            }
        }

        return plan;
    }
}
