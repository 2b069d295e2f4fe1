using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// Serialises a content item for its revision: every stored field (from the EF model, so new fields are
/// included without code changes) plus the ids of the relations staff edit on the item itself
/// (partners, Sozialbetriebe, fields of work, quality marks) and its gallery images in display order.
/// </summary>
public sealed class ContentSnapshots
{
    /// <summary>
    /// Collections that belong to the item's own edit form. Inverse sides (a partner's examples, a Sozialbetrieb's
    /// offers and examples) are edited elsewhere and deliberately left out, so restoring one item never rewires another.
    /// </summary>
    public static readonly IReadOnlySet<string> Relations = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(BestPracticeExample.Partners),
        nameof(BestPracticeExample.SocialEnterprises),
        nameof(BestPracticeExample.FieldsOfWork),
        nameof(SocialEnterprise.QualityMarks),
        nameof(BestPracticeExample.Images),
    };

    /// <summary>Columns the database or the save pipeline derives; a restore must never write them back.</summary>
    public static readonly IReadOnlySet<string> Derived = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(PublishableContent.Id),
        nameof(PublishableContent.Version),
        nameof(PublishableContent.SearchText),
        nameof(PublishableContent.SortName),
        nameof(PublishableContent.CreatedAt),
        nameof(PublishableContent.UpdatedAt),
        nameof(PublishableContent.DeletedAt),
    };

    /// <summary>The snapshot of a tracked item. Its <see cref="Relations"/> collections must be loaded (ContentEditor does that).</summary>
    public string Create(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !Derived.Contains(p.Metadata.Name)))
        {
            fields[property.Metadata.Name] = property.CurrentValue;
        }

        var relations = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var collection in entry.Collections.Where(c => Relations.Contains(c.Metadata.Name) && c.CurrentValue is not null))
        {
            relations[collection.Metadata.Name] = RelatedIds(collection.CurrentValue!.Cast<object>());
        }

        return JsonSerializer.Serialize(new { Fields = fields, Relations = relations });
    }

    /// <summary>Reads a stored snapshot; also the first, flat format (fields and relation arrays side by side).</summary>
    public static ContentSnapshot Parse(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        var root = document.RootElement;
        var fieldsElement = root.TryGetProperty("Fields", out var f) && f.ValueKind == JsonValueKind.Object ? f : root;
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var relations = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var property in fieldsElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                relations[property.Name] = Ids(property.Value);
            }
            else if (property.Value.ValueKind != JsonValueKind.Object)
            {
                fields[property.Name] = property.Value.Clone();
            }
        }

        if (root.TryGetProperty("Relations", out var r) && r.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in r.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
            {
                relations[property.Name] = Ids(property.Value);
            }
        }

        return new ContentSnapshot(fields, relations);
    }

    /// <summary>Related items by id, sorted; gallery entries by image id in their display order.</summary>
    private static List<int> RelatedIds(IEnumerable<object> related)
    {
        var items = related.ToList();
        var gallery = items.Select(GalleryEntry).OfType<(int Order, int ImageId)>().ToList();
        if (gallery.Count > 0)
        {
            return gallery.OrderBy(g => g.Order).ThenBy(g => g.ImageId).Select(g => g.ImageId).ToList();
        }

        return items.Select(i => i switch
            {
                PublishableContent content => content.Id,
                FieldOfWork field => field.Id,
                QualityMark mark => mark.Id,
                _ => 0,
            })
            .Where(id => id != 0).Order().ToList();
    }

    private static (int Order, int ImageId)? GalleryEntry(object row) => row switch
    {
        ExampleImage image => (image.SortOrder, image.MediaImageId),
        OfferImage image => (image.SortOrder, image.MediaImageId),
        _ => null,
    };

    private static List<int> Ids(JsonElement array) =>
        array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out _)).Select(e => e.GetInt32()).ToList();
}

/// <summary>A parsed revision: field values as stored JSON, and relation ids (gallery ids in display order).</summary>
public sealed record ContentSnapshot(IReadOnlyDictionary<string, JsonElement> Fields, IReadOnlyDictionary<string, IReadOnlyList<int>> Relations);
