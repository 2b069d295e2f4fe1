using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Caching;

/// <summary>
/// Changes the test database on a connection of its own, past the app's DbContext and so past its eviction: a page
/// that still shows the old value afterwards was served from the cache.
/// </summary>
internal static class BehindTheApp
{
    /// <summary>Renames an example in the database only; its pages show the new title once they are rendered again.</summary>
    public static async Task RenameExampleAsync(PortalFactory portal, string slug, string title)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE Examples SET Title = $title WHERE Slug = $slug";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$slug", slug);
        if (await command.ExecuteNonQueryAsync() != 1)
        {
            throw new InvalidOperationException($"No example with the slug \"{slug}\".");
        }
    }
}
