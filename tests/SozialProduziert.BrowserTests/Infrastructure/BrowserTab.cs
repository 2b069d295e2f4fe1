using Microsoft.Playwright;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// One page in its own browser context. Any JavaScript dialog (alert, confirm, prompt) that opens is recorded and
/// dismissed: the portal has no script of its own, so a dialog can only come from injected markup.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly List<string> _dialogs = [];

    private IResponse? _document;

    private BrowserTab(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                Volatile.Write(ref _document, response);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add($"{dialog.Type}: {dialog.Message} on {page.Url}");
            }

            await dialog.DismissAsync();
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return [.. _dialogs];
            }
        }
    }

    public static async Task<BrowserTab> CreateAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    /// <summary>Navigates and returns the HTTP status of the document.</summary>
    public async Task<int> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        return response?.Status ?? 0;
    }

    /// <summary>Navigates and fails unless the page answered 200.</summary>
    public async Task GotoOkAsync(string path)
    {
        var status = await GotoAsync(path);
        Assert.True(status == 200, $"GET {path} answered {status}.");
    }

    /// <summary>
    /// The HTML the server sent for the page now shown (the last document, after any redirect), as the Nu checker
    /// must see it; also for a page that answered a form post, which cannot be fetched again.
    /// </summary>
    /// <remarks>
    /// Waits for the document to be parsed, not for the load event: the source does not depend on images, styles or
    /// fonts, and once in a CI run the load event after a form post never reached Playwright although the network had
    /// gone idle (the wait timed out after 30 s). The URL check makes sure the source is that of the page shown, not
    /// of the form page the post left.
    /// </remarks>
    public async Task<string> DocumentSourceAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var document = Volatile.Read(ref _document) ?? throw new InvalidOperationException("The tab has not loaded a page.");
        Assert.True(document.Url == Page.Url, $"The last document loaded ({document.Url}) is not the page shown ({Page.Url}).");
        return await document.TextAsync();
    }

    public void AssertNoDialogs() => Assert.True(Dialogs.Count == 0, "A script ran and opened a dialog: " + string.Join(" | ", Dialogs));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
