using Microsoft.Data.Sqlite;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>
/// Ids of the reference data every test database holds: districts come from the migration, fields of work
/// from the app's ReferenceDataSeeder (read back from the empty template, so they are the real ids).
/// </summary>
public static class ReferenceData
{
    /// <summary>St. Pölten, the Landeshauptstadt.</summary>
    public const int DefaultDistrictId = 22;

    public const string DefaultFieldOfWork = "Holz";

    private static readonly Lazy<IReadOnlyDictionary<string, int>> FieldOfWorkIds =
        new(ReadFieldOfWorkIds, LazyThreadSafetyMode.ExecutionAndPublication);

    public static int DistrictId(string name) =>
        LowerAustriaDistricts.All.SingleOrDefault(d => d.Name == name)?.Id
        ?? throw new ArgumentException($"No district named \"{name}\" in Lower Austria.", nameof(name));

    public static int FieldOfWorkId(string name) =>
        FieldOfWorkIds.Value.TryGetValue(name, out var id)
            ? id
            : throw new ArgumentException($"No field of work named \"{name}\"; known: {string.Join(", ", FieldOfWorkIds.Value.Keys)}.", nameof(name));

    private static Dictionary<string, int> ReadFieldOfWorkIds()
    {
        var path = TemplateDatabases.TemplatePath(PortalDatabase.Empty);
        using var connection = new SqliteConnection($"{TemplateDatabases.ConnectionString(path)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name, Id FROM FieldsOfWork";
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids[reader.GetString(0)] = reader.GetInt32(1);
        }

        return ids;
    }
}
