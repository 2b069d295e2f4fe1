using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace SozialProduziert.Web.Services;

/// <summary>
/// The one way Markdown becomes HTML: Markdig with raw HTML disabled, then HtmlSanitizer, because
/// DisableHtml alone still lets through links such as <c>javascript:</c> and <c>data:</c>.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    /// <summary>Characters of Markdown and HTML kept; about 16 MB of strings.</summary>
    private const long CacheSize = 8 * 1024 * 1024;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// Rendering and sanitising costs about a millisecond per text, more than the rest of a detail page; the same text
    /// always gives the same HTML, so results are kept by their Markdown (a changed text is a new key).
    /// </summary>
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CacheSize });

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Cached(new RenderKey(markdown, Plain: false), key => _sanitizer.Sanitize(Markdown.ToHtml(key.Markdown, _pipeline)));

    /// <summary>Plain text for meta descriptions and feeds: rendered, then stripped of all markup.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Cached(new RenderKey(markdown, Plain: true), key => Markdown.ToPlainText(key.Markdown, _pipeline).Trim());

    public void Dispose() => _rendered.Dispose();

    private string Cached(RenderKey key, Func<RenderKey, string> render)
    {
        if (_rendered.TryGetValue(key, out string? cached) && cached is not null)
        {
            return cached;
        }

        var result = render(key);
        _rendered.Set(key, result, new MemoryCacheEntryOptions { Size = key.Markdown.Length + result.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return result;
    }

    private readonly record struct RenderKey(string Markdown, bool Plain);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.GetAttribute("href") is { } href &&
                href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
