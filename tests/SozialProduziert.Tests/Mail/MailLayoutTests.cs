using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Mail;

public class MailLayoutTests
{
    [Fact]
    public void Every_value_is_encoded_in_the_HTML_part_and_kept_as_typed_in_the_text_part()
    {
        var mail = MailLayout.Compose("a@beispiel.at", "<b>Eva</b>", "Betreff <i>", "Guten Tag <script>alert(1)</script>,",
            [
                new MailParagraph("Zeile 1\nZeile 2 & „Anführung“"),
                new MailFacts([new("Organisation", "Müller & Söhne <GmbH>")]),
                new MailAction("Öffnen", "https://www.sozialproduziert.at/rueckmeldung/abc?x=1&y=2"),
            ],
            "test");

        Assert.DoesNotContain("<script", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Guten Tag &lt;script&gt;alert(1)&lt;/script&gt;,", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Zeile 1<br>\nZeile 2 &amp; „Anführung“", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<td style=\"padding:4px 0;\">Müller &amp; Söhne &lt;GmbH&gt;</td>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.sozialproduziert.at/rueckmeldung/abc?x=1&amp;y=2\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<title>Betreff &lt;i&gt;</title>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Guten Tag <script>alert(1)</script>,\n\nZeile 1\nZeile 2 & „Anführung“\n\nOrganisation: Müller & Söhne <GmbH>\n\nÖffnen:\nhttps://www.sozialproduziert.at/rueckmeldung/abc?x=1&y=2\n\n", mail.TextBody, StringComparison.Ordinal);
        Assert.EndsWith(MailLayout.Signature + "\n", mail.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("/relativ")]
    public void A_link_that_is_not_http_or_https_never_becomes_an_href(string url)
    {
        var mail = MailLayout.Compose("a@beispiel.at", null, "Betreff", "Hallo,", [new MailAction("Öffnen", url)], "test");

        Assert.Contains("<a href=\"#\"", mail.HtmlBody, StringComparison.Ordinal);
    }
}
