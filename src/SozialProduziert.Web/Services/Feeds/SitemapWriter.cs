using System.Xml;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>Writes a sitemaps.org 0.9 &lt;urlset&gt;.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// One file holds at most 50,000 URLs (<see cref="SitemapOptions"/>); the caller splits beyond that. Each entry's
    /// site path is written after <paramref name="baseUrl"/> (no trailing slash) as it is, without building a string
    /// per address.
    /// </summary>
    public static async Task WriteAsync(
        XmlWriter writer, IAsyncEnumerable<SitemapEntry> entries, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(baseUrl);

        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "urlset", Namespace);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteStartElementAsync(null, "url", Namespace);
            await writer.WriteStartElementAsync(null, "loc", Namespace);
            await writer.WriteStringAsync(baseUrl);
            await writer.WriteStringAsync(entry.Path);
            await writer.WriteEndElementAsync();
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

    /// <summary>A &lt;sitemapindex&gt; pointing at the numbered sitemap files.</summary>
    public static async Task WriteIndexAsync(XmlWriter writer, IEnumerable<string> sitemapUrls)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(sitemapUrls);

        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "sitemapindex", Namespace);
        foreach (var url in sitemapUrls)
        {
            await writer.WriteStartElementAsync(null, "sitemap", Namespace);
            await writer.WriteElementStringAsync(null, "loc", Namespace, url);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
