using System.Text;
using Microsoft.Playwright;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// The WCAG checks every page type goes through: axe-core's A/AA rules, no horizontal scrolling at 320 CSS pixels
/// (WCAG 1.4.10 reflow), and a visible focus indicator on everything the Tab key reaches (2.4.7).
/// </summary>
public static class PageAudit
{
    public const int NarrowWidth = 320;

    private const int MaxTabStops = 30;

    private const string FocusedElementScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e === document.documentElement) return null;
            // Date and time inputs: the calendar button is a tab stop inside the browser's own shadow tree, which page
            // CSS cannot reach and which Chromium rings itself; the input's own :focus does not match then.
            if (e.matches('input[type=date], input[type=time], input[type=datetime-local]') && !e.matches(':focus')) return { visible: true, name: 'picker' };
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
            const shadow = s.boxShadow && s.boxShadow !== 'none';
            const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[href="' + e.getAttribute('href') + '"]' : '')
                + ' "' + (e.textContent || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').substring(0, 40) + '"';
            return { visible: outline || shadow, name };
        }
        """;

    // Names the outermost elements that stick out on the right and are not inside a scrolling or clipping box.
    private const string HorizontalOverflow = """
        () => {
            const root = document.scrollingElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const limit = root.clientWidth + 0.5;
            const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
            const sticksOut = e => e.getBoundingClientRect().right > limit && !clipped(e);
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().replace(/\s+/g, '.') : '');
            const wide = [...document.querySelectorAll('body *')].filter(sticksOut)
                .filter(e => !e.parentElement || !sticksOut(e.parentElement))
                .slice(0, 5)
                .map(e => name(e) + ' in ' + name(e.parentElement) + ' (right edge ' + e.getBoundingClientRect().right.toFixed(1) + 'px)');
            return root.scrollWidth + 'px > ' + root.clientWidth + 'px; sticking out: ' + wide.join(', ');
        }
        """;

    /// <summary>Runs all checks on the page currently loaded in <paramref name="tab"/>; returns one line per finding.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(BrowserTab tab)
    {
        ArgumentNullException.ThrowIfNull(tab);
        var findings = new List<string>();
        var violations = await Axe.CheckAsync(tab.Page);
        if (violations.Count > 0)
        {
            findings.Add("axe-core:\n" + Axe.Describe(violations));
        }

        findings.AddRange(await InvisibleFocusAsync(tab.Page));
        if (await OverflowAtAsync(tab.Page, NarrowWidth) is { } overflow)
        {
            findings.Add($"scrolls horizontally at {NarrowWidth} px: {overflow}");
        }

        return findings;
    }

    /// <summary>Tabs through the page from the top and names every focused element without an outline or box shadow.</summary>
    public static async Task<IReadOnlyList<string>> InvisibleFocusAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var findings = new List<string>();
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        for (var stop = 0; stop < MaxTabStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<FocusedElement?>(FocusedElementScript);
            if (focused is null)
            {
                break; // Tabbed past the last element, into the browser's own UI.
            }

            if (!focused.Visible)
            {
                findings.Add($"focus not visible on {focused.Name}");
            }
        }

        return findings;
    }

    /// <summary>Null when the page fits <paramref name="width"/>; otherwise the widths and the widest elements.</summary>
    public static async Task<string?> OverflowAtAsync(IPage page, int width)
    {
        ArgumentNullException.ThrowIfNull(page);
        var before = page.ViewportSize;
        await page.SetViewportSizeAsync(width, 640);
        try
        {
            return await page.EvaluateAsync<string?>(HorizontalOverflow);
        }
        finally
        {
            if (before is not null)
            {
                await page.SetViewportSizeAsync(before.Width, before.Height);
            }
        }
    }

    public static string Report(string pageName, string url, IReadOnlyList<string> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var text = new StringBuilder($"{pageName} ({url}) has {findings.Count} accessibility finding(s):\n");
        foreach (var finding in findings)
        {
            text.AppendLine(finding);
        }

        return text.ToString();
    }

    /// <summary>Filled by Playwright's deserializer, which needs a parameterless constructor.</summary>
    private sealed class FocusedElement
    {
        public bool Visible { get; set; }

        public string Name { get; set; } = "";
    }
}
