using AngleSharp.Html.Parser;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// What injected markup would leave behind in a page: script elements, event-handler attributes, script URLs,
/// frames and refreshes (the portal itself has none of them), and the payload itself, unescaped, in the raw HTML.
/// </summary>
public static class HtmlSafety
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster", "background"];

    private static readonly string[] ForbiddenElements = ["script", "iframe", "frame", "frameset", "object", "embed", "base", "applet"];

    /// <summary>Every trace of executable injected markup in <paramref name="html"/>; empty when the page is safe.</summary>
    public static IReadOnlyList<string> Violations(string html, string? payload = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var found = new List<string>();
        if (payload is not null && UnescapedIn(html, payload) is { } where)
        {
            found.Add($"the payload appears unescaped {where}");
        }

        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (ForbiddenElements.Contains(name))
            {
                found.Add($"<{name}> element: {Excerpt(element.OuterHtml)}");
            }

            if (name == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
            {
                found.Add($"meta refresh: {Excerpt(element.OuterHtml)}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add($"event handler {attribute.Name} on <{name}>: {Excerpt(element.OuterHtml)}");
                }
                else if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && IsScriptUrl(attribute.Value))
                {
                    found.Add($"script URL in {attribute.Name} of <{name}>: {Excerpt(attribute.Value)}");
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Where the payload stands verbatim in the raw HTML in a dangerous form: anywhere, when it opens a tag; inside a
    /// tag (between its "&lt;" and "&gt;"), when it carries quotes that could end an attribute value. A quote in
    /// ordinary text is harmless and is left as it is by HTML serializers.
    /// </summary>
    private static string? UnescapedIn(string html, string payload)
    {
        if (payload.Contains('<', StringComparison.Ordinal))
        {
            return html.Contains(payload, StringComparison.Ordinal) ? "in the raw HTML" : null;
        }

        if (payload.IndexOfAny(['"', '\'']) < 0)
        {
            return null;
        }

        for (var at = html.IndexOf(payload, StringComparison.Ordinal); at >= 0; at = html.IndexOf(payload, at + 1, StringComparison.Ordinal))
        {
            if (html.LastIndexOf('<', at) > html.LastIndexOf('>', at))
            {
                return "inside a tag: " + Excerpt(html[html.LastIndexOf('<', at)..Math.Min(html.Length, at + payload.Length + 20)]);
            }
        }

        return null;
    }

    /// <summary>javascript:, vbscript: and data: URLs other than images, as a browser would read them (case, whitespace and controls ignored).</summary>
    public static bool IsScriptUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || (compact.StartsWith("data:", StringComparison.Ordinal) && !compact.StartsWith("data:image/", StringComparison.Ordinal));
    }

    private static string Excerpt(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
