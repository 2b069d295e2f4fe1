namespace SozialProduziert.Web.Infrastructure;

/// <summary>Section "Database": which provider the portal runs on. The connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string DefaultSqliteConnection = "Data Source=App_Data/sozialproduziert.db";

    public string Provider { get; set; } = DatabaseProvider.Sqlite;
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
