using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// Counts the SQL commands EF Core executes against one test database, to prove that a page's query count
/// does not grow with the number of items it shows (no N+1). EF Core reports every command to its
/// DiagnosticListener; the database path filters out the commands of tests running in parallel. It keeps each
/// command too, for tests that look at which command object ran or at a query's plan.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _databasePath;
    private readonly IDisposable _allListeners;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<ExecutedCommand> _commands = new();
    private int _count;
    private int _opened;

    public SqlCommandCounter(string databasePath)
    {
        _databasePath = databasePath;
        _allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>The commands executed since the start or the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<ExecutedCommand> Commands => [.. _commands];

    /// <summary>How often a database connection was opened (EF opens one per query unless it is already open).</summary>
    public int ConnectionsOpened => Volatile.Read(ref _opened);

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _opened, 0);
        _commands.Clear();
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name &&
            value.Value is CommandExecutedEventData data &&
            data.Command.Connection?.ConnectionString.Contains(_databasePath, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
            _commands.Enqueue(new ExecutedCommand(
                data.Command,
                data.Command.CommandText,
                data.Command.Parameters.Cast<System.Data.Common.DbParameter>().ToDictionary(p => p.ParameterName, p => p.Value)));
        }
        else if (value.Key == RelationalEventId.ConnectionOpened.Name &&
            value.Value is ConnectionEndEventData opened &&
            opened.Connection.ConnectionString.Contains(_databasePath, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _opened);
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _allListeners.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }
}

/// <summary>A command object with its SQL and its parameters by name, as they were when it ran.</summary>
public sealed record ExecutedCommand(System.Data.Common.DbCommand Command, string Sql, IReadOnlyDictionary<string, object?> Parameters);
