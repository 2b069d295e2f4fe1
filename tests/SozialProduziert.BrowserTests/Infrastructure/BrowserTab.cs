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
    public async Task<string> DocumentSourceAsync()
    {
        await Page.WaitForLoadStateAsync();
        return Volatile.Read(ref _document) is { } document
            ? await document.TextAsync()
            : throw new InvalidOperationException("The tab has not loaded a page.");
    }

    public void AssertNoDialogs() => Assert.True(Dialogs.Count == 0, "A script ran and opened a dialog: " + string.Join(" | ", Dialogs));

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
