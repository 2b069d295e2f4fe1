using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SozialProduziert.Web.Services;

namespace SozialProduziert.Tests.Services;

public sealed partial class MarkdownRendererTests : IDisposable
{
    private readonly MarkdownRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    /// <summary>Inputs an editor (or an attacker with an editor's account) might paste into a Markdown field.</summary>
    public static TheoryData<string> HostileMarkdown { get; } = new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"jav&#x09;ascript:alert(1);\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](  javascript:alert(1)  )",
        "[x](javascript&#58;alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](%6a%61%76%61%73%63%72%69%70%74:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![x\" onerror=\"alert(1)](https://example.org/a.png)",
        "[x](https://example.org/\" onclick=\"alert(1))",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "www.example.org/<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;script&#62;alert(1)&#60;/script&#62;",
        "`<script>` is fine in code, but this is not: <script>alert(1)</script>",
        "```html\n<script>alert(1)</script>\n```",
        "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [y](javascript:alert(1)) |",
        "*<span onclick=alert(1)>emphasis</span>*",
        "<a href=\"https://example.org\" style=\"background:url(javascript:alert(1))\">x</a>",
        "<form action=\"javascript:alert(1)\"><button>Senden</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "```\" onmouseover=\"alert(1)\nx\n```",
        "![x](https://example.org/a.png) and ![y [z](javascript:alert(1))](https://example.org/b.png)",
    };

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void ToSafeHtml_never_emits_script_or_script_urls_or_event_handlers(string markdown)
    {
        var html = _renderer.ToSafeHtml(markdown);

        // Hostile input may survive as escaped text ("&lt;script&gt;"), which is harmless; every
        // literal "<" in the output opens real markup, so that is where nothing dangerous may appear.
        Assert.All(Tag().Matches(html).Select(m => m.Value), tag =>
        {
            Assert.DoesNotContain("<script", tag, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", tag, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("vbscript:", tag, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("data:", tag, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("style=", tag, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(EventHandlerAttribute(), tag);
        });
        AssertDomIsHarmless(html);
    }

    /// <summary>Pieces of Markdown syntax and hostile addresses, for <see cref="Random_mixtures_of_link_syntax_and_hostile_addresses_stay_harmless"/>.</summary>
    private static readonly string[] Fragments =
    [
        "[", "]", "(", ")", "![", "<", ">", "\"", "'", "*", "_", "`", "```", "\\", " ", "\n", "\n\n", "|", "|---|", "> ", "- ", "1. ",
        "javascript:alert(1)", "JaVa\tScRiPt:alert(1)", " \u0001javascript:alert(1)", "data:text/html,x", "vbscript:x", "&#106;avascript:x",
        "javascript&colon;x", "%6aavascript:x", "https://example.org/", "mailto:a@example.org", "/intern", "www.example.org",
        "<https://example.org>", "<javascript:alert(1)>", "[r]", "\n\n[r]: javascript:alert(1)\n", "\n\n[r]: https://example.org\n",
        "onerror=alert(1)", "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "&quot;", "Text",
    ];

    [Fact]
    public void Random_mixtures_of_link_syntax_and_hostile_addresses_stay_harmless()
    {
        var random = new Random(4711);
        for (var i = 0; i < 3000; i++)
        {
            var markdown = string.Concat(Enumerable.Range(0, random.Next(3, 25)).Select(_ => Fragments[random.Next(Fragments.Length)]));

            AssertDomIsHarmless(_renderer.ToSafeHtml(markdown));
        }
    }

    /// <summary>Parses the output as a browser would, so entity-encoded or whitespace-split tricks are caught too.</summary>
    private static void AssertDomIsHarmless(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                Assert.NotEqual("style", attribute.Name);
                if (UrlAttributes.Contains(attribute.Name))
                {
                    var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.Matches(SafeUrl(), url);
                }
            }
        }
    }

    [Fact]
    public void ToSafeHtml_renders_headings_lists_emphasis_and_https_links()
    {
        const string markdown = """
            ## Reststoffverwertung

            Aus **Bannerplanen** wurden *Taschen*.

            - Zuschnitt
            - Nähen

            1. Anfrage
            2. Angebot

            Mehr bei [arbeit plus](https://arbeitplus.at/).
            """;

        var html = _renderer.ToSafeHtml(markdown);

        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("Reststoffverwertung</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Bannerplanen</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Taschen</em>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Nähen</li>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"https://arbeitplus.at/\"[^>]*>arbeit plus</a>", html);
    }

    [Fact]
    public void ToSafeHtml_marks_external_links_noopener_noreferrer()
    {
        var html = _renderer.ToSafeHtml("[Land NÖ](https://www.noe.gv.at/)");

        Assert.Contains("rel=\"noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Mail](mailto:office@example.org)", "mailto:office@example.org")]
    [InlineData("[Anrufen](tel:+4327425000)", "tel:+4327425000")]
    [InlineData("Siehe https://www.example.org/bericht.", "https://www.example.org/bericht")]
    public void ToSafeHtml_keeps_mail_phone_and_auto_links(string markdown, string href) =>
        Assert.Contains($"href=\"{href}\"", _renderer.ToSafeHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void ToSafeHtml_shows_raw_html_as_text_instead_of_markup()
    {
        var html = _renderer.ToSafeHtml("Vorher <b>fett</b> nachher");

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;fett&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSafeHtml_keeps_code_blocks_escaped()
    {
        var html = _renderer.ToSafeHtml("```\n<script>alert(1)</script>\n```");

        Assert.Contains("<code>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.noe.gv.at/")]
    [InlineData("HTTP://example.org")]
    [InlineData("mailto:office@example.org")]
    [InlineData("tel:+4327425000")]
    [InlineData("/praxisbeispiele/taschen-aus-bannerplanen")]
    [InlineData("../bericht.pdf")]
    [InlineData("//example.org/bild")]
    [InlineData("#kontakt")]
    [InlineData("?seite=2")]
    [InlineData("/suche?q=a:b")]
    [InlineData("")]
    public void Relative_addresses_and_the_four_schemes_are_allowed(string url) =>
        Assert.True(SafeMarkdownExtension.IsAllowedUrl(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/")]
    [InlineData("%6a%61%76%61%73%63%72%69%70%74:alert(1)")]
    public void Other_schemes_and_what_only_looks_relative_are_refused(string url) =>
        Assert.False(SafeMarkdownExtension.IsAllowedUrl(url));

    [Fact]
    public void A_refused_link_keeps_its_text_and_loses_the_link()
    {
        var html = _renderer.ToSafeHtml("Siehe *[den Bericht](javascript:alert(1))* und [x][ref].\n\n[ref]: vbscript:msgbox(1)");

        Assert.Equal("<p>Siehe <em>den Bericht</em> und x.</p>", html.Trim());
    }

    [Fact]
    public void An_image_becomes_its_alternative_text()
    {
        var html = _renderer.ToSafeHtml("Vorher ![Logo der Tischlerei](https://example.org/logo.png) nachher");

        Assert.Equal("<p>Vorher Logo der Tischlerei nachher</p>", html.Trim());
    }

    [Fact]
    public void Links_within_the_portal_get_no_rel_links_elsewhere_do()
    {
        var html = _renderer.ToSafeHtml("[Kontakt](/kontakt), <https://www.noe.gv.at/> und <office@example.org>");

        Assert.Contains("<a href=\"/kontakt\">Kontakt</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.noe.gv.at/\" rel=\"noopener noreferrer\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:office@example.org\">office@example.org</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_nested_in_an_image_is_checked_too()
    {
        var html = _renderer.ToSafeHtml("![Bild [mit Link](javascript:alert(1))](https://example.org/a.png) ![Logo [Land](https://www.noe.gv.at/)](b.png)");

        Assert.Equal("<p>Bild mit Link Logo <a href=\"https://www.noe.gv.at/\" rel=\"noopener noreferrer\">Land</a></p>", html.Trim());
    }

    [Fact]
    public void A_title_with_quotes_stays_inside_its_attribute()
    {
        var html = _renderer.ToSafeHtml("[x](https://example.org \"a\\\" onclick=\\\"alert(1)\")");

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal(["href", "rel", "title"], link.Attributes.Select(a => a.Name).Order());
        Assert.Equal("a\" onclick=\"alert(1)", link.GetAttribute("title"));
    }

    [Fact]
    public void A_refused_autolink_stays_as_text()
    {
        var html = _renderer.ToSafeHtml("<javascript:alert(1)>");

        Assert.Equal("<p>javascript:alert(1)</p>", html.Trim());
    }

    [Fact]
    public void Tables_keep_their_cells_without_inline_alignment()
    {
        var html = _renderer.ToSafeHtml("| Produkt | Stück |\n|:--|--:|\n| Hocker | 12 |");

        Assert.Contains("<td>Hocker</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>12</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void ToSafeHtml_gives_an_empty_string_for_missing_markdown(string? markdown) =>
        Assert.Equal("", _renderer.ToSafeHtml(markdown));

    [Fact]
    public void ToPlainText_strips_all_markup()
    {
        var text = _renderer.ToPlainText("## Titel\n\n**Fett** und [Link](https://example.org)");

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Contains("Fett", text, StringComparison.Ordinal);
    }

    private static readonly string[] ForbiddenElements =
        ["script", "svg", "math", "iframe", "object", "embed", "img", "form", "button", "meta", "style", "link", "base"];

    private static readonly HashSet<string> UrlAttributes =
        new(["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>An attribute whose name starts with "on", e.g. onerror=, onload=, with or without quotes.</summary>
    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    /// <summary>Relative URLs, fragments, or one of the schemes the renderer allows.</summary>
    [GeneratedRegex("^(?:https?:|mailto:|tel:|[^:]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex SafeUrl();
}
