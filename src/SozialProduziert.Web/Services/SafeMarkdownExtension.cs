using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SozialProduziert.Web.Services;

/// <summary>
/// Makes what Markdig writes safe to show: with raw HTML disabled (the pipeline's <c>DisableHtml</c>), Markdig itself
/// writes every tag and escapes every text and attribute, so the addresses of links are what is left. Each one goes
/// through <see cref="IsAllowedUrl"/>; a link to anything else keeps its text and loses the link. Images become their
/// alternative text (pictures come from the media library), tables lose their inline alignment styles, and links to
/// other sites get <c>rel="noopener noreferrer"</c>. It works on Markdig's syntax tree, before any HTML exists, so
/// nothing has to parse HTML again.
/// </summary>
public sealed class SafeMarkdownExtension : IMarkdownExtension
{
    private static readonly HashSet<string> AllowedSchemes = new(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed += MakeSafe;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// True for relative addresses and for http, https, mailto and tel, read as a browser reads an address: tabs and
    /// line breaks anywhere ignored, spaces and control characters around it trimmed, the scheme in any case. A colon
    /// before the first "/", "?" or "#" names a scheme; where that scheme is not allowed, or not a scheme at all
    /// (e.g. percent-encoded), the address is refused.
    /// </summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(ControlsAndSpace);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        return (pathStart >= 0 && pathStart < colon) || AllowedSchemes.Contains(compact[..colon]);
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 33).Select(c => (char)c)];

    private static void MakeSafe(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            // An extension may give a link its address later (GetDynamicUrl); the renderer prefers that one.
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (link.IsImage || !IsAllowedUrl(url))
            {
                Unwrap(link);
            }
            else if (IsExternal(url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        // An e-mail autolink is written as mailto: by the renderer itself.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail).ToList())
        {
            if (!IsAllowedUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (IsExternal(autolink.Url))
            {
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }

        foreach (var table in document.Descendants<Table>())
        {
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }

    private static bool IsExternal(string? url) => url is not null && url.TrimStart(ControlsAndSpace).StartsWith("http", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Puts the link's content (its text, or an image's alternative text) in its place, inside a plain container, which
    /// Markdig writes without markup of its own. Moving the children one by one lost a link nested in an image's text.
    /// </summary>
    private static void Unwrap(LinkInline link) => link.ReplaceBy(new ContainerInline());
}
