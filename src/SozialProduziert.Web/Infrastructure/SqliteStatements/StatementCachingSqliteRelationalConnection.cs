#pragma warning disable EF1001 // SqliteRelationalConnection is EF's internal API; the tests run every query through this class.
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace SozialProduziert.Web.Infrastructure.SqliteStatements;

/// <summary>
/// EF's SQLite connection service, making its connection with the <see cref="SqliteStatementReuse"/> among the
/// context's interceptors (a connection that stays open with its prepared statements), set up as EF sets up its own.
/// </summary>
internal sealed class StatementCachingSqliteRelationalConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    private readonly SqliteStatementReuse? _reuse = dependencies.ContextOptions.FindExtension<CoreOptionsExtension>()?.Interceptors?
        .OfType<SqliteStatementReuse>().FirstOrDefault();

    protected override DbConnection CreateDbConnection()
    {
        if (_reuse is null || ConnectionString is not { } connectionString || _reuse.Create(connectionString) is not { } connection)
        {
            return base.CreateDbConnection();
        }

        InitializeDbConnection(this, connection);
        return connection;
    }

    // EF registers its SQL functions (regexp, decimal arithmetic) and the command timeout on each new connection in
    // this private method; calling it keeps these connections the same as EF's own.
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "InitializeDbConnection")]
    private static extern void InitializeDbConnection(SqliteRelationalConnection relationalConnection, DbConnection connection);
}
