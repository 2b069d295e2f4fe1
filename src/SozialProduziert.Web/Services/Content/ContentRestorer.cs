using System.Collections;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

public enum RestoreStatus
{
    Restored = 0,
    NotFound = 1,
    InTrash = 2,
}

/// <summary>What happened; <paramref name="Notes"/> name everything that could not be brought back, in German.</summary>
public sealed record RestoreResult(RestoreStatus Status, IReadOnlyList<string> Notes);

/// <summary>
/// Brings an item back to the state of an earlier revision: its fields, its relations and its gallery.
/// History is never rewritten: the restore is saved as a new revision ("Version 3 wiederhergestellt").
/// What no longer exists (a purged partner, a deleted image) is skipped and named in the result.
/// </summary>
public sealed class ContentRestorer(AppDbContext db, ContentEditor editor)
{
    public async Task<RestoreResult> RestoreAsync(ContentKind kind, int id, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var revision = await db.ContentRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ContentType == kind.Name && r.ContentId == id && r.Number == number, cancellationToken);
        var item = revision is null ? null : await kind.FindAsync(db, id, cancellationToken);
        if (revision is null || item is null)
        {
            return new RestoreResult(RestoreStatus.NotFound, []);
        }

        if (item.DeletedAt is not null)
        {
            return new RestoreResult(RestoreStatus.InTrash, []);
        }

        var snapshot = ContentSnapshots.Parse(revision.Snapshot);
        var entry = db.Entry(item);
        var notes = new List<string>();
        await ApplyFieldsAsync(kind, entry, snapshot, notes, cancellationToken);
        foreach (var (name, ids) in snapshot.Relations.Where(r => ContentSnapshots.Relations.Contains(r.Key)))
        {
            if (entry.Collections.FirstOrDefault(c => c.Metadata.Name == name) is { } collection)
            {
                await ApplyRelationAsync(kind, item, collection, ids, notes, cancellationToken);
            }
        }

        await editor.SaveAsync(item, null, $"Version {number} wiederhergestellt", AuditAction.RevisionRestored, cancellationToken);
        return new RestoreResult(RestoreStatus.Restored, notes);
    }

    private async Task ApplyFieldsAsync(ContentKind kind, EntityEntry entry, ContentSnapshot snapshot, List<string> notes, CancellationToken cancellationToken)
    {
        foreach (var (name, json) in snapshot.Fields)
        {
            var property = entry.Properties.FirstOrDefault(p => p.Metadata.Name == name);
            if (property is null || ContentSnapshots.Derived.Contains(name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }

            object? value;
            try
            {
                value = json.Deserialize(property.Metadata.ClrType);
            }
            catch (JsonException)
            {
                notes.Add($"{kind.FieldLabel(name)}: Der gespeicherte Wert passt nicht mehr zum Feld und wurde nicht übernommen.");
                continue;
            }

            if (Equals(value, property.CurrentValue))
            {
                continue;
            }

            if (name == nameof(PublishableContent.Slug) && value is string slug
                && await kind.SlugTakenAsync(db, slug, (int)entry.Property(nameof(PublishableContent.Id)).CurrentValue!, cancellationToken))
            {
                notes.Add($"Die Adresse „{slug}“ gehört inzwischen einem anderen Eintrag; die aktuelle Adresse „{property.CurrentValue}“ bleibt.");
                continue;
            }

            if (value is not null && property.Metadata.GetContainingForeignKeys().FirstOrDefault() is { } foreignKey
                && await db.FindAsync(foreignKey.PrincipalEntityType.ClrType, [value], cancellationToken) is null)
            {
                notes.Add($"{kind.FieldLabel(name)}: Der damalige Eintrag (Nr. {value}) existiert nicht mehr; der aktuelle Wert bleibt.");
                continue;
            }

            property.CurrentValue = value;
        }
    }

    private async Task ApplyRelationAsync(ContentKind kind, PublishableContent item, CollectionEntry collection, IReadOnlyList<int> ids, List<string> notes, CancellationToken cancellationToken)
    {
        if (!collection.IsLoaded)
        {
            await collection.LoadAsync(cancellationToken);
        }

        var current = (IList)collection.CurrentValue!;
        var missing = new List<int>();
        if (item is BestPracticeExample or Offer && collection.Metadata.Name == nameof(BestPracticeExample.Images))
        {
            await ApplyGalleryAsync(item, current, ids, missing, cancellationToken);
        }
        else
        {
            var targetType = collection.Metadata.TargetEntityType.ClrType;
            var wanted = new List<object>();
            foreach (var id in ids.Distinct())
            {
                if (await db.FindAsync(targetType, [id], cancellationToken) is { } related)
                {
                    wanted.Add(related);
                }
                else
                {
                    missing.Add(id);
                }
            }

            foreach (var stale in current.Cast<object>().Except(wanted, ReferenceEqualityComparer.Instance).ToList())
            {
                current.Remove(stale);
            }

            foreach (var added in wanted.Except(current.Cast<object>(), ReferenceEqualityComparer.Instance).ToList())
            {
                current.Add(added);
            }
        }

        if (missing.Count > 0)
        {
            var numbers = string.Join(", ", missing.Select(m => "Nr. " + m.ToString(CultureInfo.InvariantCulture)));
            notes.Add(missing.Count == 1
                ? $"{kind.FieldLabel(collection.Metadata.Name)}: Ein damals verknüpfter Eintrag ({numbers}) existiert nicht mehr und wurde ausgelassen."
                : $"{kind.FieldLabel(collection.Metadata.Name)}: {missing.Count} damals verknüpfte Einträge ({numbers}) existieren nicht mehr und wurden ausgelassen.");
        }
    }

    /// <summary>Gallery rows are the item's own: drop the extra ones, re-add deleted ones whose image still exists, restore the order.</summary>
    private async Task ApplyGalleryAsync(PublishableContent item, IList rows, IReadOnlyList<int> imageIds, List<int> missing, CancellationToken cancellationToken)
    {
        foreach (var row in rows.Cast<object>().Where(r => !imageIds.Contains(ImageId(r))).ToList())
        {
            rows.Remove(row);
        }

        var order = 0;
        foreach (var imageId in imageIds.Distinct())
        {
            if (rows.Cast<object>().FirstOrDefault(r => ImageId(r) == imageId) is { } existing)
            {
                SetOrder(existing, order++);
            }
            else if (await db.MediaImages.AnyAsync(i => i.Id == imageId, cancellationToken))
            {
                rows.Add(item is Offer
                    ? new OfferImage { MediaImageId = imageId, SortOrder = order++ }
                    : new ExampleImage { MediaImageId = imageId, SortOrder = order++ });
            }
            else
            {
                missing.Add(imageId);
            }
        }
    }

    private static int ImageId(object row) => row switch
    {
        ExampleImage image => image.MediaImageId,
        OfferImage image => image.MediaImageId,
        _ => 0,
    };

    private static void SetOrder(object row, int order)
    {
        switch (row)
        {
            case ExampleImage image:
                image.SortOrder = order;
                break;
            case OfferImage image:
                image.SortOrder = order;
                break;
        }
    }
}
