using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Data.CompiledModels.Sqlite;
using SozialProduziert.Web.Data.CompiledModels.SqlServer;

namespace SozialProduziert.Tests.Data;

/// <summary>
/// The app runs on the compiled models in Data/CompiledModels (DatabaseRegistration), not on the model the entity
/// configurations build. A model change that is not compiled again would go unnoticed at run time, so each compiled
/// model is compared with the model built from the configurations: entities, properties (with their value generation),
/// keys, indexes and relationships, and for every property its table, column, store type, nullability and converter.
/// Other annotations (column defaults, for one) are not compared; the migrations guard the schema itself.
/// </summary>
public class CompiledModelTests
{
    private sealed record RawRow(int Value);

    private static string Regenerate(string context, string folder) =>
        $"The model changed without compiling it again: run `dotnet ef dbcontext optimize --context {context} --output-dir Data/CompiledModels/{folder} --namespace SozialProduziert.Web.Data.CompiledModels.{folder}` in src/SozialProduziert.Web (README, \"Adding a migration\").";

    [Fact]
    public void The_compiled_Sqlite_model_matches_the_configurations()
    {
        using var built = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var compiled = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=:memory:").UseModel(SqliteAppDbContextModel.Instance).Options);

        // A raw query of an unmapped class adds an ad-hoc entity type to the running model, as every app started in
        // this process did before (SqliteSearchIndex reads sqlite_master so): the comparison leaves those out.
        Assert.Equal([new RawRow(1)], compiled.Database.SqlQueryRaw<RawRow>("SELECT 1 AS \"Value\"").ToList());

        AssertSameModel(built, compiled, Regenerate(nameof(SqliteAppDbContext), "Sqlite"));
    }

    [Fact]
    public void The_compiled_SqlServer_model_matches_the_configurations()
    {
        using var built = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var compiled = new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=design-time;Database=SozialProduziert;Trusted_Connection=True").UseModel(SqlServerAppDbContextModel.Instance).Options);

        AssertSameModel(built, compiled, Regenerate(nameof(SqlServerAppDbContext), "SqlServer"));
    }

    private static void AssertSameModel(DbContext built, DbContext compiled, string message)
    {
        var designTime = built.GetService<IDesignTimeModel>().Model;
        Assert.NotSame(designTime, compiled.Model);

        // Entities, properties, keys, indexes and relationships (the long form adds the conventions' working notes).
        var expected = Describe(designTime);
        var actual = Describe(compiled.Model);
        Assert.True(expected == actual, message + "\n" + FirstDifference(expected, actual));

        // Where each property lives (table, column, store type, nullability) and how it is converted (UtcDateTimeConverter
        // on every DateTime): what the provider's annotations say and what the queries rely on.
        Assert.Equal(Mapping(designTime), Mapping(compiled.Model));
    }

    /// <summary>The model's description without the ad-hoc entity types, which raw queries add while the app runs.</summary>
    private static string Describe(IModel model)
    {
        var text = model.ToDebugString(MetadataDebugStringOptions.ShortDefault);
        var adHoc = text.IndexOf("Ad-hoc entity types:", StringComparison.Ordinal);
        return adHoc < 0 ? text : text[..adHoc].TrimEnd();
    }

    private static List<string> Mapping(IModel model) =>
        [.. model.GetEntityTypes().SelectMany(e => e.GetProperties()).SelectMany(p => p.GetTableColumnMappings().Select(m =>
            $"{p.DeclaringType.Name}.{p.Name} -> {m.Column.Table.Name}.{m.Column.Name} {m.Column.StoreType}{(m.Column.IsNullable ? " NULL" : "")}, {m.TypeMapping.Converter?.GetType().Name ?? "no converter"}"))
            .Order(StringComparer.Ordinal)];

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"First difference in line {i + 1}:\n  configurations: {e.Trim()}\n  compiled:       {a.Trim()}";
            }
        }

        return "";
    }
}
