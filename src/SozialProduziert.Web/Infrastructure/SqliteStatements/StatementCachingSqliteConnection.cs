using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SozialProduziert.Web.Infrastructure.SqliteStatements;

/// <summary>
/// A SQLite connection that stays open between EF's uses and keeps a prepared command for each query text it ran
/// (the most recently used <see cref="MaxCommands"/>). EF's Close is ignored; Dispose closes it with its commands.
/// </summary>
internal sealed class StatementCachingSqliteConnection(string connectionString, SqliteStatementReuse owner) : SqliteConnection(connectionString)
{
    /// <summary>
    /// Bounds the memory a connection's prepared statements take; the least recently used query gives way. A page runs
    /// two to six query texts, so this holds those of many page types.
    /// </summary>
    public const int MaxCommands = 64;

    private readonly Dictionary<string, LinkedListNode<ReusableSqliteCommand>> _commands = new(StringComparer.Ordinal);
    private readonly LinkedList<ReusableSqliteCommand> _leastRecentlyUsedFirst = new();
    private bool _disposing;

    /// <summary>The number of query texts this connection keeps a prepared command for.</summary>
    public int CachedCommands => _commands.Count;

    /// <summary>
    /// The kept command for the text of <paramref name="created"/>, carrying its parameters, or
    /// <paramref name="created"/> itself where keeping does not apply: statements that write, anything inside a
    /// transaction, and a text whose kept command is still reading.
    /// </summary>
    public DbCommand Reuse(DbCommand created)
    {
        if (created is not SqliteCommand command || command.Transaction is not null || Transaction is not null ||
            !command.CommandText.StartsWith("SELECT", StringComparison.Ordinal))
        {
            return created;
        }

        if (_commands.TryGetValue(command.CommandText, out var node))
        {
            if (node.Value.IsReading)
            {
                return created;
            }

            _leastRecentlyUsedFirst.Remove(node);
            _leastRecentlyUsedFirst.AddLast(node);
        }
        else
        {
            if (_commands.Count >= MaxCommands)
            {
                var oldest = _leastRecentlyUsedFirst.First!;
                _leastRecentlyUsedFirst.RemoveFirst();
                _commands.Remove(oldest.Value.CommandText);
                oldest.Value.Retire();
            }

            node = _leastRecentlyUsedFirst.AddLast(new ReusableSqliteCommand(command.CommandText, this));
            _commands.Add(command.CommandText, node);
        }

        var reusable = node.Value;
        var parameters = command.Parameters.Cast<SqliteParameter>().ToArray();
        command.Parameters.Clear();
        reusable.Parameters.AddRange(parameters);
        reusable.CommandTimeout = command.CommandTimeout;
        command.Dispose();
        return reusable;
    }

    /// <summary>
    /// Ignored: EF closes its connection after each query outside a request and when its context goes back to the
    /// pool, and the prepared statements would go with it. A transaction EF left open is rolled back, as closing does.
    /// </summary>
    public override void Close()
    {
        if (_disposing)
        {
            base.Close();
            return;
        }

        Transaction?.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposing)
        {
            _disposing = true;
            foreach (var command in _leastRecentlyUsedFirst)
            {
                command.Retire();
            }

            _commands.Clear();
            _leastRecentlyUsedFirst.Clear();
            owner.Closed(this);
        }

        base.Dispose(disposing);
    }
}
