using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>What one save changes for the cache: the tags to evict, and the items whose appearance elsewhere must be looked up.</summary>
public sealed class PageCacheChange
{
    public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Public items that changed: the pages of the items they are shown on must go too (<see cref="DisplayedOn"/>).</summary>
    public List<ContentRef> ShownElsewhere { get; } = [];

    /// <summary>A content item was saved, so the next scheduled publication may have moved.</summary>
    public bool TouchesContent { get; set; }
}

/// <summary>The rules that turn tracked changes into cache tags (see <see cref="CacheTags"/>).</summary>
public static class PageCacheTags
{
    public static PageCacheChange FromChanges(ChangeTracker tracker, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var change = new PageCacheChange();
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Entity is PublishableContent item)
            {
                change.TouchesContent = true;

                // A draft, a scheduled item or one in the Papierkorb is on no public page: saving it evicts nothing.
                if (!WasVisible(entry, utcNow) && !IsVisible(entry, item, utcNow))
                {
                    continue;
                }

                change.Tags.Add(CacheTags.ForType(item.GetType())!);
                if (entry.State != EntityState.Added)
                {
                    change.Tags.Add(CacheTags.Item(item.GetType(), item.Id)!);
                    change.ShownElsewhere.Add(new ContentRef(item.GetType(), item.Id));
                }
            }
            else if (entry.Entity is MediaImage image && entry.State != EntityState.Added)
            {
                change.Tags.Add(CacheTags.Media(image.Id));
            }
            else if (CacheTags.ForType(entry.Metadata.ClrType) is { } referenceList)
            {
                change.Tags.Add(referenceList);
            }

            AddRelatedTags(entry, change.Tags);
        }

        return change;
    }

    /// <summary>
    /// A row that points at an item (a join row, a gallery row, an offer's Sozialbetrieb, an image variant) changes
    /// what that item's pages show, before and after the change.
    /// </summary>
    private static void AddRelatedTags(EntityEntry entry, HashSet<string> tags)
    {
        foreach (var foreignKey in entry.Metadata.GetForeignKeys().Where(k => k.Properties.Count == 1))
        {
            var principal = foreignKey.PrincipalEntityType.ClrType;
            var property = entry.Property(foreignKey.Properties[0].Name);
            if (property.IsTemporary)
            {
                continue;
            }

            var values = entry.State switch
            {
                EntityState.Added => [property.CurrentValue],
                EntityState.Deleted => [property.OriginalValue],
                _ => new[] { property.OriginalValue, property.CurrentValue },
            };
            foreach (var id in values.OfType<int>().Where(id => id > 0))
            {
                if (principal == typeof(MediaImage))
                {
                    tags.Add(CacheTags.Media(id));
                }
                else if (CacheTags.Item(principal, id) is { } itemTag)
                {
                    tags.Add(itemTag);
                }
            }
        }
    }

    private static bool IsVisible(EntityEntry entry, PublishableContent item, DateTime utcNow) =>
        entry.State != EntityState.Deleted && item.IsPubliclyVisible(utcNow);

    private static bool WasVisible(EntityEntry entry, DateTime utcNow) =>
        entry.State != EntityState.Added
        && entry.Property(nameof(PublishableContent.DeletedAt)).OriginalValue is null
        && entry.Property(nameof(PublishableContent.State)).OriginalValue is PublishState.Published
        && entry.Property(nameof(PublishableContent.PublishAt)).OriginalValue is DateTime publishAt && publishAt <= utcNow;
}
