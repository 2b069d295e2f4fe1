using System.Xml;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>An Atom feed as the feed reader sees it; all URLs absolute.</summary>
public sealed record AtomFeed(string Id, string Title, string Subtitle, string SelfUrl, string AlternateUrl, string Author, IReadOnlyList<AtomEntry> Entries);

/// <summary>One entry; <see cref="Updated"/> is never earlier than <see cref="Published"/>.</summary>
public sealed record AtomEntry(string Id, string Title, string Url, string Summary, DateTime Published, DateTime Updated);

/// <summary>
/// Writes Atom (RFC 4287) with XmlWriter. Hand-written rather than System.ServiceModel.Syndication: the feed
/// has one shape, a dozen elements, and needs no extra package.
/// </summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml";

    public static async Task WriteAsync(XmlWriter writer, AtomFeed feed, DateTime fallbackUpdated)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(feed);

        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "feed", Namespace);
        await writer.WriteAttributeStringAsync("xml", "lang", null, "de-AT");
        await writer.WriteElementStringAsync(null, "id", Namespace, feed.Id);
        await WriteTextAsync(writer, "title", feed.Title);
        await WriteTextAsync(writer, "subtitle", feed.Subtitle);
        await WriteLinkAsync(writer, "self", ContentType, feed.SelfUrl);
        await WriteLinkAsync(writer, "alternate", "text/html", feed.AlternateUrl);
        var updated = feed.Entries.Count == 0 ? fallbackUpdated : feed.Entries.Max(e => e.Updated);
        await writer.WriteElementStringAsync(null, "updated", Namespace, XmlOutput.DateTime(updated));

        // A feed-level author covers every entry (RFC 4287, 4.1.1).
        await writer.WriteStartElementAsync(null, "author", Namespace);
        await writer.WriteElementStringAsync(null, "name", Namespace, feed.Author);
        await writer.WriteEndElementAsync();

        foreach (var entry in feed.Entries)
        {
            await writer.WriteStartElementAsync(null, "entry", Namespace);
            await writer.WriteElementStringAsync(null, "id", Namespace, entry.Id);
            await WriteTextAsync(writer, "title", entry.Title);
            await WriteLinkAsync(writer, "alternate", "text/html", entry.Url);
            await writer.WriteElementStringAsync(null, "published", Namespace, XmlOutput.DateTime(entry.Published));
            await writer.WriteElementStringAsync(null, "updated", Namespace, XmlOutput.DateTime(entry.Updated));
            await WriteTextAsync(writer, "summary", entry.Summary);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteTextAsync(XmlWriter writer, string element, string text)
    {
        await writer.WriteStartElementAsync(null, element, Namespace);
        await writer.WriteAttributeStringAsync(null, "type", null, "text");
        await writer.WriteStringAsync(XmlOutput.Text(text));
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteLinkAsync(XmlWriter writer, string rel, string type, string href)
    {
        await writer.WriteStartElementAsync(null, "link", Namespace);
        await writer.WriteAttributeStringAsync(null, "rel", null, rel);
        await writer.WriteAttributeStringAsync(null, "type", null, type);
        await writer.WriteAttributeStringAsync(null, "href", null, href);
        await writer.WriteEndElementAsync();
    }
}
