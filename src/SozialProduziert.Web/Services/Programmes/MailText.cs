using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// Builds a mail's plain text and HTML from the same paragraphs, so both say the same. Every text is HTML-encoded;
/// nothing a visitor typed can become markup in the HTML part.
/// </summary>
public sealed class MailText
{
    // Umlauts stay umlauts; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailText Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encoder.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal)).Append("</p>\n");
        return this;
    }

    public MailText Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encoder.Encode(url)).Append("\">").Append(Encoder.Encode(label)).Append("</a></p>\n");
        return this;
    }

    public MailText Signature() =>
        Paragraph("Mit freundlichen Grüßen\nIhr SoPro-Team der KOMUNITAS OG");

    public string Text => _text.ToString().TrimEnd() + "\n";

    public string Html =>
        "<!DOCTYPE html>\n<html lang=\"de-AT\"><head><meta charset=\"utf-8\"><title>sozialproduziert</title></head><body>\n"
        + _html + "</body></html>\n";
}
