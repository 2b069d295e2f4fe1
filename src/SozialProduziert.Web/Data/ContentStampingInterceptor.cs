using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>
/// Keeps the derived columns of content items true on every save, whoever saves: timestamps, the folded
/// search text, and a redirect from the old slug when an item is renamed (so old links answer 301).
/// </summary>
public sealed class ContentStampingInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not null)
        {
            Stamp(eventData.Context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not null)
        {
            Stamp(eventData.Context);
        }

        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var renames = new List<SlugRedirect>();
        foreach (var entry in context.ChangeTracker.Entries<PublishableContent>().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var item = entry.Entity;
            item.SearchText = GermanText.Fold(string.Join(' ', item.SearchableFields().Where(f => !string.IsNullOrWhiteSpace(f))));
            item.UpdatedAt = now;
            if (entry.State == EntityState.Added)
            {
                item.CreatedAt = now;
                if (item.PublishAt == default)
                {
                    item.PublishAt = now;
                }
            }
            else if (SlugChange(entry) is { } oldSlug)
            {
                renames.Add(new SlugRedirect { ContentType = item.GetType().Name, OldSlug = oldSlug, ContentId = item.Id, CreatedAt = now });
            }
        }

        AddRedirects(context, renames);
    }

    private static string? SlugChange(EntityEntry<PublishableContent> entry)
    {
        var slug = entry.Property(e => e.Slug);
        var original = slug.OriginalValue;
        return slug.IsModified && !string.IsNullOrEmpty(original) && original != slug.CurrentValue ? original : null;
    }

    private static void AddRedirects(DbContext context, List<SlugRedirect> renames)
    {
        foreach (var rename in renames)
        {
            // An old slug can only point at one item; the newest rename wins.
            var stale = context.Set<SlugRedirect>()
                .Where(r => r.ContentType == rename.ContentType && r.OldSlug == rename.OldSlug)
                .ToList();
            context.Set<SlugRedirect>().RemoveRange(stale);
            context.Set<SlugRedirect>().Add(rename);
        }
    }
}
