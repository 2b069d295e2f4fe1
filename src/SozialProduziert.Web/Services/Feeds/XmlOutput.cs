using System.Globalization;
using System.Text;
using System.Xml;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>What the sitemap and the feed share: an async UTF-8 writer on the response, dates and safe text.</summary>
public static class XmlOutput
{
    /// <summary>An async writer straight into the response body (Kestrel forbids synchronous writes); dispose it with await using.</summary>
    public static XmlWriter CreateWriter(HttpResponse response, string contentType)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = contentType + "; charset=utf-8";
        return XmlWriter.Create(response.Body, new XmlWriterSettings
        {
            Async = true,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
        });
    }

    /// <summary>RFC 3339 / W3C date-time in UTC, e.g. 2026-03-02T09:30:00Z.</summary>
    public static string DateTime(DateTime utc) =>
        utc.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>W3C date, e.g. 2026-03-02.</summary>
    public static string Date(DateTime utc) =>
        utc.ToUniversalTime().ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (most control characters, lone surrogates); the writer would
    /// otherwise throw half-way through the response because of one stray character in a title.
    /// </summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }
}
