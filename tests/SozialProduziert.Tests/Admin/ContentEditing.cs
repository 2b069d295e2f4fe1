using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Tests.Admin;

/// <summary>
/// Saves content through the app's own ContentEditor (as the admin editors do), for types whose admin
/// forms are built elsewhere. Each call is its own scope, like a request.
/// </summary>
public static class ContentEditing
{
    /// <summary>Adds the item <paramref name="build"/> returns and saves it as revision 1 ("Angelegt").</summary>
    public static async Task<int> CreateWithEditorAsync<T>(this PortalFactory portal, Func<AppDbContext, Task<T>> build)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(build);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await build(db);
        db.Add(item);
        await scope.ServiceProvider.GetRequiredService<ContentEditor>().SaveAsync(item, null, "Angelegt", CancellationToken.None);
        return item.Id;
    }

    public static Task<int> CreateWithEditorAsync<T>(this PortalFactory portal, Func<AppDbContext, T> build)
        where T : PublishableContent =>
        portal.CreateWithEditorAsync(db => Task.FromResult(build(db)));

    /// <summary>
    /// Loads the item WITHOUT its relations, lets <paramref name="change"/> edit it (loading what it changes),
    /// and saves a revision "Bearbeitet".
    /// </summary>
    public static async Task EditWithEditorAsync<T>(this PortalFactory portal, int id, Func<AppDbContext, T, Task> change)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.Set<T>().SingleAsync(e => e.Id == id);
        await change(db, item);
        await scope.ServiceProvider.GetRequiredService<ContentEditor>().SaveAsync(item, item.Version, "Bearbeitet", CancellationToken.None);
    }

    public static async Task MoveToTrashAsync<T>(this PortalFactory portal, int id)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var item = await db.Set<T>().SingleAsync(e => e.Id == id);
        await scope.ServiceProvider.GetRequiredService<ContentEditor>().MoveToTrashAsync(item, CancellationToken.None);
    }

    public static Task<List<ContentRevision>> RevisionsAsync<T>(this PortalFactory portal, int id)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithDbAsync(db => db.ContentRevisions.AsNoTracking()
            .Where(r => r.ContentType == typeof(T).Name && r.ContentId == id).OrderBy(r => r.Number).ToListAsync());
    }

    public static async Task<int> AddImageAsync(this PortalFactory portal, string altText)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var image = new MediaImage { AltText = altText, Width = 800, Height = 600, CreatedAt = DateTime.UtcNow };
        await portal.WithDbAsync(db => db.Add(image));
        return image.Id;
    }
}
