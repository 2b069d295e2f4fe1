using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>One piece of a mail's content; the layout renders each as plain text and as HTML.</summary>
public abstract record MailBlock;

public sealed record MailParagraph(string Text) : MailBlock;

/// <summary>Label/value lines, e.g. the details of an inquiry.</summary>
public sealed record MailFacts(IReadOnlyList<KeyValuePair<string, string>> Lines) : MailBlock;

/// <summary>A link the reader should follow, shown as a button in HTML and as a bare URL in the text part.</summary>
public sealed record MailAction(string Label, string Url) : MailBlock;

/// <summary>
/// The one layout of every mail the portal sends: greeting, blocks, signature, in German plain text and in a small
/// HTML version. Every value is encoded here, so no template can forget it.
/// </summary>
public static class MailLayout
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public const string Signature = "Freundliche Grüße\nIhr Team von Soziale Produktion (SoPro)\nKOMUNITAS OG gemeinsam mit dem Land Niederösterreich";

    public static OutgoingMail Compose(string toAddress, string? toName, string subject, string greeting, IEnumerable<MailBlock> blocks, string purpose)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks.ToList();
        return new OutgoingMail(toAddress, toName, subject, Text(greeting, list), HtmlBody(subject, greeting, list), purpose);
    }

    private static string Text(string greeting, List<MailBlock> blocks)
    {
        var text = new StringBuilder().Append(greeting).Append("\n\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case MailParagraph p:
                    text.Append(p.Text).Append("\n\n");
                    break;
                case MailFacts facts:
                    foreach (var (label, value) in facts.Lines)
                    {
                        text.Append(label).Append(": ").Append(value.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case MailAction action:
                    text.Append(action.Label).Append(":\n").Append(action.Url).Append("\n\n");
                    break;
            }
        }

        return text.Append(Signature).Append('\n').ToString();
    }

    private static string HtmlBody(string subject, string greeting, List<MailBlock> blocks)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"de-AT\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Html.Encode(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;\">\n")
            .Append("<div style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;\">\n")
            .Append("<p style=\"margin:0 0 24px;font-size:20px;color:#1d4e89;\">sozial<strong>produziert</strong></p>\n")
            .Append("<p>").Append(Encode(greeting)).Append("</p>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case MailParagraph p:
                    html.Append("<p style=\"line-height:1.5;\">").Append(Encode(p.Text)).Append("</p>\n");
                    break;
                case MailFacts facts:
                    html.Append("<table style=\"border-collapse:collapse;margin:0 0 16px;\">\n");
                    foreach (var (label, value) in facts.Lines)
                    {
                        html.Append("<tr><th style=\"text-align:left;vertical-align:top;padding:4px 12px 4px 0;\">").Append(Encode(label))
                            .Append("</th><td style=\"padding:4px 0;\">").Append(Encode(value)).Append("</td></tr>\n");
                    }

                    html.Append("</table>\n");
                    break;
                case MailAction action:
                    html.Append("<p><a href=\"").Append(Html.Encode(SafeUrl(action.Url)))
                        .Append("\" style=\"display:inline-block;padding:10px 18px;background:#1d4e89;color:#ffffff;text-decoration:none;border-radius:4px;\">")
                        .Append(Html.Encode(action.Label)).Append("</a></p>\n")
                        .Append("<p style=\"font-size:13px;color:#52606d;\">Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:<br>")
                        .Append(Html.Encode(action.Url)).Append("</p>\n");
                    break;
            }
        }

        html.Append("<p style=\"margin-top:32px;\">").Append(Encode(Signature)).Append("</p>\n")
            .Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Encoded text with its line breaks kept.</summary>
    private static string Encode(string text) => string.Join("<br>\n", text.Split('\n').Select(line => Html.Encode(line.TrimEnd('\r'))));

    /// <summary>Only http(s) links make it into an href; anything else (a "javascript:" slipped in) becomes "#".</summary>
    private static string SafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? url : "#";
}
