namespace SozialProduziert.Web.Data.Migrations.SqlServer;

/// <summary>
/// Wraps a migration's own statement in <c>EXEC</c>. The idempotent script (docs/operations.md) sends a migration as
/// one batch, and SQL Server compiles the whole batch before running it: a statement that uses a column the same
/// batch adds fails with "Invalid column name" on every database that does not have the column yet (EF's own
/// statements are wrapped the same way; dotnet/efcore#35426). Inside <c>EXEC</c> it is compiled when it runs. Write
/// identifiers in brackets, as EF does: double quotes mean a string when a tool runs the script with QUOTED_IDENTIFIER
/// off (sqlcmd without <c>-I</c>).
/// </summary>
internal static class DeferredSql
{
    public static string Exec(string sql) => "EXEC(N'" + sql.Replace("'", "''", StringComparison.Ordinal) + "')";
}
