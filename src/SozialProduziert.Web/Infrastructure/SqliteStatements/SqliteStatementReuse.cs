using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SozialProduziert.Web.Infrastructure.SqliteStatements;

/// <summary>
/// Keeps each SQLite connection of a pooled context open between requests, with one prepared command per query text
/// (<see cref="StatementCachingSqliteConnection"/>). Microsoft.Data.Sqlite compiles a query's SQL anew for every new
/// command, and EF makes a new command for every query (dotnet/efcore#14044): that compiling was about a fifth of an
/// uncached Sozialbetrieb page's processor time (docs/performance.md). A pooled context keeps its connection object
/// when it goes back to the pool (EF closes it, which this connection ignores), so the next request that gets the
/// context finds the connection open and its statements prepared. A connection closes when EF disposes it, and at the
/// latest when the app stops and disposes this: EF does not dispose the connections of the contexts in its pool then.
/// As an interceptor it hands EF the kept command in place of the one EF made; a connection string with
/// Pooling=False is left to EF and Microsoft.Data.Sqlite as before.
/// </summary>
public sealed class SqliteStatementReuse : DbCommandInterceptor, IDisposable
{
    private readonly ConcurrentDictionary<StatementCachingSqliteConnection, bool> _open = new();

    /// <summary>The connections made here and not yet closed, for tests and diagnostics.</summary>
    public int OpenConnections => _open.Count;

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result?.Connection is StatementCachingSqliteConnection connection ? connection.Reuse(result) : result!;

    /// <summary>A kept connection for <paramref name="connectionString"/>, or null where pooling is off.</summary>
    internal StatementCachingSqliteConnection? Create(string connectionString)
    {
        if (!new SqliteConnectionStringBuilder(connectionString).Pooling)
        {
            return null;
        }

        var connection = new StatementCachingSqliteConnection(connectionString, this);
        _open[connection] = true;
        return connection;
    }

    internal void Closed(StatementCachingSqliteConnection connection) => _open.TryRemove(connection, out _);

    /// <summary>Closes what is still open when the app stops, after the requests and background work have ended.</summary>
    public void Dispose()
    {
        foreach (var connection in _open.Keys)
        {
            connection.Dispose();
        }
    }
}
