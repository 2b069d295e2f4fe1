using System.Xml;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>Writes a sitemaps.org 0.9 &lt;urlset&gt;.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// One file holds at most 50,000 URLs; the portal is far below that. Should it ever grow past it,
    /// this becomes a sitemap index over several files.
    /// </summary>
    public static async Task WriteAsync(
        XmlWriter writer, IAsyncEnumerable<SitemapEntry> entries, Func<string, string> absoluteUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absoluteUrl);

        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteStartElementAsync(null, "url", Namespace);
            await writer.WriteElementStringAsync(null, "loc", Namespace, absoluteUrl(entry.Path));
            if (entry.LastModified is { } lastModified)
            {
                await writer.WriteElementStringAsync(null, "lastmod", Namespace, XmlOutput.Date(lastModified));
            }

            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
