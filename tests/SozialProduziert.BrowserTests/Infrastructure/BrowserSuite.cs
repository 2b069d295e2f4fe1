using Microsoft.Playwright;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// One Chromium and one read-only demo site for every browser test of the run (a browser start costs about a second,
/// a page a few milliseconds). Tests that change content start a <see cref="LiveSite"/> of their own.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    private static readonly string[] LaunchFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private LiveSite? _demo;
    private Task<AdminSite>? _admin;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started.");

    /// <summary>The demo content on Kestrel; tests must not change it.</summary>
    public LiveSite Demo => _demo ?? throw new InvalidOperationException("The demo site was not started.");

    /// <summary>The staff area with signed-in accounts and content prepared for every admin page type; built on first use.</summary>
    public Task<AdminSite> AdminSiteAsync() => _admin ??= AdminSite.PrepareAsync(this);

    public async Task InitializeAsync()
    {
        if (Prerequisites.Missing(Needs.Chromium).Count > 0 && !Prerequisites.IsCi)
        {
            return; // Every test is skipped with the install hint.
        }

        Prerequisites.Require(Needs.Chromium);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Args = LaunchFlags,
            Headless = true,
        });
        _demo = LiveSite.Start(PortalDatabase.Demo);
    }

    /// <summary>
    /// A fresh browser context (own cookies, or those of <paramref name="storageState"/>, e.g. a signed-in staff member)
    /// with one page at <paramref name="width"/> CSS pixels.
    /// </summary>
    /// <param name="bypassCsp">Lets injected inline script run, so a test proves the escaping, not only the CSP behind it.</param>
    public async Task<BrowserTab> OpenTabAsync(LiveSite site, int width = 1280, int height = 900, string? storageState = null, bool bypassCsp = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            IgnoreHTTPSErrors = true, // the test site's certificate is self-signed
            Locale = "de-AT",
            TimezoneId = "Europe/Vienna",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = storageState,
            BypassCSP = bypassCsp,
        });
        return await BrowserTab.CreateAsync(context);
    }

    /// <summary>Plain HTTP requests (no page, no rendering) with the cookies of <paramref name="storageState"/>.</summary>
    public Task<IAPIRequestContext> RequestsAsync(LiveSite site, string? storageState = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        return (_playwright ?? throw new InvalidOperationException("Playwright was not started.")).APIRequest.NewContextAsync(new APIRequestNewContextOptions
        {
            BaseURL = site.BaseUrl,
            IgnoreHTTPSErrors = true,
            StorageState = storageState,
        });
    }

    public async Task DisposeAsync()
    {
        // A preparation that failed has already failed every admin test with its reason; awaiting it again here would
        // only add a cleanup failure with the same exception.
        if (_admin is { IsCompletedSuccessfully: true })
        {
            await (await _admin).DisposeAsync();
        }

        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserSuite>
{
    public const string Name = "Browser";
}
