namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// A browser in front of an app process, as a TLS-terminating load balancer passes it on: every request carries
/// the public host name (whichever instance it reaches) and X-Forwarded-Proto: https (the app believes proxies on
/// loopback), and cookies are kept by name, Secure ones included, since the hop itself is plain http. No
/// redirects are followed.
/// </summary>
public sealed class ProxiedBrowser : DelegatingHandler
{
    private ProxiedBrowser()
        : base(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
    }

    public const string PublicHost = "www.sozialproduziert.example";

    public Dictionary<string, string> Cookies { get; } = [];

    public static (HttpClient Client, ProxiedBrowser Browser) For(RunningApp app, IReadOnlyDictionary<string, string>? cookies = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var browser = new ProxiedBrowser();
        foreach (var (name, value) in cookies ?? new Dictionary<string, string>())
        {
            browser.Cookies[name] = value;
        }

        return (new HttpClient(browser) { BaseAddress = app.Address }, browser);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            if (pair.Length == 2 && pair[1].Length > 0 && !header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies[pair[0]] = pair[1];
            }
            else
            {
                Cookies.Remove(pair[0]);
            }
        }

        return response;
    }
}
