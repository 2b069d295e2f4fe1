using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>
/// Serialises a content item for its revision: every stored field (from the EF model, so new fields are
/// included without code changes) plus the ids of its many-to-many relations and gallery images.
/// </summary>
public sealed class ContentSnapshots
{
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal)
    {
        nameof(PublishableContent.Id),
        nameof(PublishableContent.Version),
        nameof(PublishableContent.SearchText),
        nameof(PublishableContent.CreatedAt),
        nameof(PublishableContent.UpdatedAt),
        nameof(PublishableContent.DeletedAt),
    };

    public string Create(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !Derived.Contains(p.Metadata.Name)))
        {
            fields[property.Metadata.Name] = property.CurrentValue;
        }

        foreach (var collection in entry.Collections.Where(c => c.IsLoaded && c.CurrentValue is not null))
        {
            fields[collection.Metadata.Name] = collection.CurrentValue!.Cast<object>().Select(RelatedKey).ToList();
        }

        return JsonSerializer.Serialize(fields);
    }

    /// <summary>Related items by id; gallery entries by image id (their order is the list order).</summary>
    private static object RelatedKey(object related) => related switch
    {
        ExampleImage image => image.MediaImageId,
        OfferImage image => image.MediaImageId,
        PublishableContent content => content.Id,
        FieldOfWork field => field.Id,
        QualityMark mark => mark.Id,
        _ => related.ToString() ?? "",
    };
}
