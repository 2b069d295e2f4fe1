using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialProduziert.Web.Data.Configurations;
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
        if (eventData.Context is { } context && Stamp(context) is { Count: > 0 } changes)
        {
            UpdateRedirects(context, changes, StaleRedirects(context, changes).ToList());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Stamp(context) is { Count: > 0 } changes)
        {
            UpdateRedirects(context, changes, await StaleRedirects(context, changes).ToListAsync(cancellationToken));
        }

        return result;
    }

    private List<SlugChange> Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<SlugChange>();
        foreach (var entry in context.ChangeTracker.Entries<PublishableContent>().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var item = entry.Entity;
            var fields = item.SearchableFields().ToList();
            item.SearchText = SearchWords.SearchText(GermanText.Fold(string.Join(' ', fields.Where(f => !string.IsNullOrWhiteSpace(f)))));
            var sortName = GermanText.Fold(fields.FirstOrDefault());
            item.SortName = sortName.Length <= PublishableContentConfiguration.SortNameLength ? sortName : sortName[..PublishableContentConfiguration.SortNameLength];
            item.UpdatedAt = now;
            if (entry.State == EntityState.Added)
            {
                item.CreatedAt = now;
                if (item.PublishAt == default)
                {
                    item.PublishAt = now;
                }

                changes.Add(new SlugChange(item, null, now));
            }
            else
            {
                item.Version++;
                if (OldSlug(entry) is { } oldSlug)
                {
                    changes.Add(new SlugChange(item, oldSlug, now));
                }
            }
        }

        return changes;
    }

    private static string? OldSlug(EntityEntry<PublishableContent> entry)
    {
        var slug = entry.Property(e => e.Slug);
        var original = slug.OriginalValue;
        return slug.IsModified && !string.IsNullOrEmpty(original) && original != slug.CurrentValue ? original : null;
    }

    /// <summary>
    /// Redirects that would now be wrong: one from the slug an item just took (the slug is live again),
    /// and one from an old slug that is about to be redirected elsewhere (the newest rename wins).
    /// </summary>
    private static IQueryable<SlugRedirect> StaleRedirects(DbContext context, List<SlugChange> changes)
    {
        var keys = changes.SelectMany(c => c.OldSlug is null ? [c.Key(c.Item.Slug)] : new[] { c.Key(c.Item.Slug), c.Key(c.OldSlug) })
            .Distinct()
            .ToList();
        return context.Set<SlugRedirect>().Where(r => keys.Contains(r.ContentType + "/" + r.OldSlug));
    }

    private static void UpdateRedirects(DbContext context, List<SlugChange> changes, List<SlugRedirect> stale)
    {
        var redirects = context.Set<SlugRedirect>();
        redirects.RemoveRange(stale);
        foreach (var change in changes.Where(c => c.OldSlug is not null))
        {
            redirects.Add(new SlugRedirect
            {
                ContentType = change.Item.GetType().Name,
                OldSlug = change.OldSlug!,
                ContentId = change.Item.Id,
                CreatedAt = change.At,
            });
        }
    }

    private sealed record SlugChange(PublishableContent Item, string? OldSlug, DateTime At)
    {
        public string Key(string slug) => Item.GetType().Name + "/" + slug;
    }
}
