using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core (from npm, see package.json) in the page with the WCAG 2.0 and 2.1 A and AA rules. The script is
/// evaluated through the DevTools protocol, which the portal's CSP (no inline script) does not block.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(ProjectPaths.AxeScript));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
            return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html.substring(0, 200), summary: n.failureSummary }))
            })));
        }
        """;

    public sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<ViolationNode> Nodes);

    public sealed record ViolationNode(string Target, string Html, string? Summary);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<Violation>> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var json = await page.EvaluateAsync<string>(Run);
        return JsonSerializer.Deserialize<List<Violation>>(json, Json) ?? [];
    }

    /// <summary>Rule id, impact and the selector of every failing element, one violation per paragraph.</summary>
    public static string Describe(IEnumerable<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"  [{violation.Impact}] {violation.Id}: {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {node.Target}  {node.Html}");
                if (!string.IsNullOrEmpty(node.Summary))
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"      {node.Summary.ReplaceLineEndings(" ")}");
                }
            }
        }

        return text.ToString();
    }
}
