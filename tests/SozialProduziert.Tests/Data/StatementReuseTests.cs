using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.PublicPages;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.SqliteStatements;

namespace SozialProduziert.Tests.Data;

/// <summary>
/// SQLite connections stay open between requests with one prepared command per query text (SqliteStatementReuse):
/// the next request runs the same command objects with its own parameters, never a command still reading, and
/// nothing that writes.
/// </summary>
public class StatementReuseTests
{
    [Fact]
    public async Task Later_requests_run_the_kept_commands_of_their_connection_with_their_own_parameters()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().Titled("Werkstatt Amstetten").WithSlug("amstetten").Build(),
            new SocialEnterpriseBuilder().Titled("Werkstatt Krems").WithSlug("krems").Build()));
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        var client = portal.CreateClient();
        const int Requests = 8;

        for (var i = 0; i < Requests; i++)
        {
            var (slug, name, other) = i % 2 == 0 ? ("amstetten", "Werkstatt Amstetten", "Werkstatt Krems") : ("krems", "Werkstatt Krems", "Werkstatt Amstetten");
            var page = await client.GetStringAsync($"/sozialbetriebe/{slug}");
            Assert.Contains(name, page);
            Assert.DoesNotContain(other, page);
        }

        // Each request may get another pooled context, so each query text runs on a command per connection at most.
        // (Only the queries: the search index's merge may write in the background meanwhile.)
        var connections = portal.Services.GetRequiredService<SqliteStatementReuse>().OpenConnections;
        var queries = counter.Commands.Where(c => c.Sql.StartsWith("SELECT", StringComparison.Ordinal)).ToList();
        Assert.All(queries, c => Assert.IsType<ReusableSqliteCommand>(c.Command));
        var byText = queries.GroupBy(c => c.Sql).ToList();
        Assert.True(byText.Count > 2, $"{byText.Count} query texts");
        Assert.All(byText, text =>
        {
            Assert.Equal(Requests, text.Count());
            Assert.InRange(text.Select(c => c.Command).Distinct().Count(), 1, Math.Min(connections, Requests - 1));
        });
    }

    [Fact]
    public async Task A_query_run_while_the_same_query_is_still_reading_gets_a_command_of_its_own()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Sitzbank").Build(),
            new ExampleBuilder().Titled("Hochbeet").Build()));

        var pairs = await portal.WithDbAsync(async db =>
        {
            var titles = new List<(string Outer, string Inner)>();
            await foreach (var outer in Titles(db).AsAsyncEnumerable())
            {
                titles.Add((outer, (await Titles(db).ToListAsync())[0]));
            }

            return titles;
        });

        Assert.Equal([("Hochbeet", "Hochbeet"), ("Sitzbank", "Hochbeet")], pairs);
    }

    [Fact]
    public async Task A_connection_keeps_at_most_its_limit_of_commands_and_still_answers_every_query()
    {
        await using var portal = new PortalFactory();
        var answers = await portal.WithDbAsync(async db =>
        {
            var all = new List<int>();
            for (var i = 0; i < StatementCachingSqliteConnection.MaxCommands + 10; i++)
            {
                // A distinct text per number (a loop counter, not input): each is a query of its own for the cache.
#pragma warning disable EF1002
                all.Add(await db.Database.SqlQueryRaw<int>($"SELECT {i} AS \"Value\"").SingleAsync());
#pragma warning restore EF1002
            }

            var connection = Assert.IsType<StatementCachingSqliteConnection>(db.Database.GetDbConnection());
            Assert.Equal(StatementCachingSqliteConnection.MaxCommands, connection.CachedCommands);
            all.Add(await db.Database.SqlQueryRaw<int>("SELECT 0 AS \"Value\"").SingleAsync());
            return all;
        });

        Assert.Equal(Enumerable.Range(0, StatementCachingSqliteConnection.MaxCommands + 10).Append(0), answers);
    }

    [Fact]
    public async Task Writes_and_reads_inside_a_transaction_use_commands_of_their_own()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Examples.CountAsync());
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        await portal.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Add(new ExampleBuilder().Titled("Sitzbank").Build());
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Examples.CountAsync(e => e.Title == "Sitzbank"));
            await transaction.CommitAsync();
        });

        Assert.NotEmpty(counter.Commands);
        Assert.All(counter.Commands, c => Assert.IsNotType<ReusableSqliteCommand>(c.Command));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Examples.CountAsync(e => e.Title == "Sitzbank")));
    }

    [Fact]
    public async Task Connections_stay_open_between_contexts_and_close_when_the_app_stops()
    {
        var portal = new PortalFactory();
        var reuse = portal.Services.GetRequiredService<SqliteStatementReuse>();
        var connection = await portal.WithDbAsync(async db =>
        {
            await db.Examples.CountAsync();
            return Assert.IsType<StatementCachingSqliteConnection>(db.Database.GetDbConnection());
        });

        // The context went back to the pool and EF closed its connection, which stays open with its statements.
        // (Only this connection is checked: the app's background services may rent contexts of their own meanwhile.)
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.InRange(connection.CachedCommands, 1, int.MaxValue);
        Assert.InRange(reuse.OpenConnections, 1, int.MaxValue);

        await portal.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Equal(0, reuse.OpenConnections);
    }

    private static IQueryable<string> Titles(AppDbContext db) => db.Examples.OrderBy(e => e.Title).Select(e => e.Title);
}
