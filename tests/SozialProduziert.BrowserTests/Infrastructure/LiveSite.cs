using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// The real portal on Kestrel over HTTPS at a free loopback port, on its own copy of a template database. HTTPS because
/// outside Development the auth and anti-forgery cookies are Secure (anti-forgery refuses plain HTTP outright); the
/// certificate is self-signed for this run and the browser contexts accept it.
/// </summary>
public sealed class LiveSite : IAsyncDisposable
{
    private LiveSite(PortalFactory portal, string baseUrl)
    {
        Portal = portal;
        BaseUrl = baseUrl;
    }

    private static readonly Lazy<X509Certificate2> Certificate = new(CreateCertificate);

    public PortalFactory Portal { get; }

    /// <summary>e.g. http://127.0.0.1:41234, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public static LiveSite Start(PortalDatabase database = PortalDatabase.Demo)
    {
        var portal = new PortalFactory(database);
        portal.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate.Value)));
        portal.StartServer();
        var addresses = portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reports no https address (addresses: {string.Join(", ", addresses)}).");
        return new LiveSite(portal, address.TrimEnd('/'));
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>
    /// An HTTP client for the test helpers of SozialProduziert.Tests (forms, staff sign-in): cookies on, redirects off,
    /// like <c>portal.CreateBrowser()</c>, which on a Kestrel-hosted factory would call https://localhost:443 instead.
    /// </summary>
    public HttpClient CreateBrowser() => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Certificate.Value.Thumbprint,
    })
    {
        BaseAddress = new Uri(BaseUrl),
    };

    public ValueTask DisposeAsync() => Portal.DisposeAsync();

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        // Kestrel needs the private key in a form the platform's TLS can use; a PKCS#12 round trip gives exactly that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
