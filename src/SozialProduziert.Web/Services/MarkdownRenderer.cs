using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace SozialProduziert.Web.Services;

/// <summary>
/// The one way Markdown becomes HTML: Markdig with raw HTML disabled, so that Markdig writes every tag itself, and
/// <see cref="SafeMarkdownExtension"/>, because DisableHtml alone still lets through links such as <c>javascript:</c>
/// and <c>data:</c>. Parsing the HTML again with a sanitizer cost about 15 MB of memory the process kept
/// (docs/performance.md); the tests still parse every hostile input's output as a browser would.
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
        .Use<SafeMarkdownExtension>()
        .Build();

    /// <summary>
    /// Rendering took about a tenth of an uncached Praxisbeispiel page's processor time (40–60 µs of 410–430 µs); the
    /// same text always gives the same HTML, so results are kept by their Markdown (a changed text is a new key).
    /// </summary>
    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CacheSize });

    public string ToSafeHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Cached(new RenderKey(markdown, Plain: false), key => Markdown.ToHtml(key.Markdown, _pipeline));

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
}
