using Microsoft.Data.Sqlite;

namespace SozialProduziert.Web.Infrastructure.SqliteStatements;

/// <summary>
/// A query command kept by <see cref="StatementCachingSqliteConnection"/> for its SQL text. Microsoft.Data.Sqlite
/// keeps a command's prepared statements until its text or connection changes or it is disposed, so EF's Dispose at
/// the end of each query only clears the parameters here; <see cref="Retire"/> disposes it for real.
/// </summary>
internal sealed class ReusableSqliteCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
{
    private bool _retired;

    /// <summary>True while a reader of this command is open: the same SQL run inside its own loop needs a command of its own.</summary>
    public bool IsReading => DataReader is not null;

    /// <summary>Disposes the command with its prepared statements.</summary>
    public void Retire()
    {
        _retired = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (_retired || !disposing)
        {
            base.Dispose(disposing);
            return;
        }

        Parameters.Clear();
    }
}
