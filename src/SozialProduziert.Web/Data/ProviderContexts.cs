using Microsoft.EntityFrameworkCore;

namespace SozialProduziert.Web.Data;

/// <summary>The embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>Production on SQL Server; its migrations live in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
