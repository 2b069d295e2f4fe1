using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Content;

/// <summary>One field of a revision as staff read it: German label, formatted value, and list items for relations.</summary>
public sealed record RevisionField(string Field, string Label, string Text, IReadOnlyList<string> Items, bool IsList, bool IsLongText);

/// <summary>
/// Reads stored snapshots back into German, field by field: enums as their labels, times in Vienna,
/// ids of districts, partners or images as their names (from the EF model, so it follows new fields).
/// </summary>
public sealed class RevisionReader(AppDbContext db, ReferenceNames names)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    /// <summary>The fields of each snapshot, all in the same order; names of referenced items loaded in one go.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<RevisionField>>> DescribeAsync(ContentKind kind, IReadOnlyList<ContentSnapshot> snapshots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(snapshots);
        var entityType = db.Model.FindEntityType(kind.ClrType) ?? throw new InvalidOperationException($"{kind.Name} is not in the model.");
        var fields = FieldOrder(kind, snapshots);
        await names.LoadAsync(snapshots.SelectMany(s => References(entityType, s)), cancellationToken);
        return snapshots.Select(s => (IReadOnlyList<RevisionField>)fields.Select(f => Describe(kind, entityType, s, f)).ToList()).ToList();
    }

    /// <summary>The type a field or relation refers to (District for DistrictId, MediaImage for Images), or null.</summary>
    public static Type? TargetOf(IEntityType entityType, string field)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (entityType.FindSkipNavigation(field) is { } skip)
        {
            return skip.TargetEntityType.ClrType;
        }

        if (entityType.FindNavigation(field) is { IsCollection: true } navigation)
        {
            // Gallery rows point at their image; the image is what a person recognises.
            return navigation.TargetEntityType.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalEntityType.ClrType != entityType.ClrType)?.PrincipalEntityType.ClrType;
        }

        var property = entityType.FindProperty(field);
        return property?.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;
    }

    private static List<string> FieldOrder(ContentKind kind, IReadOnlyList<ContentSnapshot> snapshots)
    {
        var present = snapshots.SelectMany(s => s.Fields.Keys.Concat(s.Relations.Keys)).ToHashSet(StringComparer.Ordinal);
        var known = kind.FieldLabels.Concat(ContentFieldLabels.Publishing).Select(l => l.Key).ToList();
        return known.Where(present.Contains).Concat(present.Except(known).Order(StringComparer.Ordinal)).ToList();
    }

    private static IEnumerable<(Type, int)> References(IEntityType entityType, ContentSnapshot snapshot)
    {
        foreach (var (field, ids) in snapshot.Relations)
        {
            if (TargetOf(entityType, field) is { } target)
            {
                foreach (var id in ids)
                {
                    yield return (target, id);
                }
            }
        }

        foreach (var (field, value) in snapshot.Fields)
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && TargetOf(entityType, field) is { } target)
            {
                yield return (target, id);
            }
        }
    }

    private RevisionField Describe(ContentKind kind, IEntityType entityType, ContentSnapshot snapshot, string field)
    {
        var label = kind.FieldLabel(field);
        if (snapshot.Relations.TryGetValue(field, out var ids) || entityType.FindSkipNavigation(field) is not null || entityType.FindNavigation(field) is not null)
        {
            var target = TargetOf(entityType, field);
            var items = (ids ?? []).Select(id => target is null ? id.ToString(German) : names.Name(target, id)).ToList();

            // Sets read best alphabetically; a gallery keeps its display order.
            var ordered = field == nameof(BestPracticeExample.Images) ? items : items.Order(StringComparer.Create(German, false)).ToList();
            return new RevisionField(field, label, string.Join(", ", ordered), ordered, IsList: true, IsLongText: false);
        }

        var text = snapshot.Fields.TryGetValue(field, out var value) ? Format(entityType, field, value) : "";
        var isLong = field.EndsWith("Markdown", StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal);
        return new RevisionField(field, label, text, [], IsList: false, IsLongText: isLong);
    }

    private string Format(IEntityType entityType, string field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return "";
        }

        var type = entityType.FindProperty(field)?.ClrType is { } clr ? Nullable.GetUnderlyingType(clr) ?? clr : null;
        if (value.ValueKind == JsonValueKind.Number && TargetOf(entityType, field) is { } target && value.TryGetInt32(out var id))
        {
            return names.Name(target, id);
        }

        return type switch
        {
            { IsEnum: true } when value.ValueKind == JsonValueKind.Number => EnumLabel(Enum.ToObject(type, value.GetInt32())),
            not null when type == typeof(DateTime) && value.TryGetDateTime(out var at) => ViennaTime.Format(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at),
            not null when type == typeof(bool) => value.ValueKind == JsonValueKind.True ? "Ja" : "Nein",
            _ when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) => number.ToString(German),
            _ when value.ValueKind == JsonValueKind.String => value.GetString() ?? "",
            _ => value.GetRawText(),
        };
    }

    private static string EnumLabel(object value) => value switch
    {
        PublishState state => state.Label(),
        OutputType output => output.Label(),
        LabourMarketSegment segment => segment.Label(),
        PartnerKind kind => kind.Label(),
        OfferKind kind => kind.Label(),
        _ => value.ToString() ?? "",
    };
}
