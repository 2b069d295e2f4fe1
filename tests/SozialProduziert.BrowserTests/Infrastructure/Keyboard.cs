using Microsoft.Playwright;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>Moving through a page with the Tab key alone, checking at every stop that focus can be seen.</summary>
public static class Keyboard
{
    private const string FocusState = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return 'nothing';
            const s = getComputedStyle(e);
            const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || (s.boxShadow && s.boxShadow !== 'none');
            const r = e.getBoundingClientRect();
            const onScreen = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
            return visible && onScreen ? 'ok' : (visible ? 'off-screen: ' : 'no focus ring: ') + e.outerHTML.substring(0, 120);
        }
        """;

    /// <summary>Presses Tab until <paramref name="target"/> has focus, asserting a visible focus on every stop on the way.</summary>
    public static async Task TabToAsync(this IPage page, ILocator target, int maxPresses = 60)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            await AssertFocusVisibleAsync(page);
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{maxPresses} presses of Tab never reached {target}.");
    }

    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var state = await page.EvaluateAsync<string>(FocusState);
        Assert.True(state == "ok", $"On {page.Url}: {state}");
    }

    public static Task<string> FocusedTextAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<string>("() => (document.activeElement?.textContent ?? '').trim()");
    }
}
