using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Every kind of response the portal sends carries the browser security headers. Checked over real HTTP on Kestrel,
/// because the in-memory TestServer never sends a Server header and so could not show that the app switched it off.
/// </summary>
public class SecurityHeadersTests(SecurityHeadersTests.LiveDemo live) : IClassFixture<SecurityHeadersTests.LiveDemo>
{
    public static TheoryData<string> Kinds =>
    [
        "HTML page", "static file", "media image", "download", "feed", "sitemap", "robots.txt", "health check",
        "404 page", "405 page", "error page 500", "redirect to sign-in", "HEAD request",
    ];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_response_carries_a_strict_content_security_policy(string kind)
    {
        using var response = await live.SendAsync(kind);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe-inline", directives["script-src"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("object-src 'none'", directives["object-src"]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_kind_of_response_forbids_sniffing_limits_referrers_and_features_and_hides_the_server(string kind)
    {
        using var response = await live.SendAsync(kind);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var permissions = Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.Server)}");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Fact]
    public async Task Staff_pages_carry_the_same_headers_and_keep_out_of_search_engines()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Web.Domain.Roles.Editor);

        using var response = await staff.GetAsync("/admin/praxisbeispiele");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        Assert.Single(response.Headers.GetValues("Permissions-Policy"));
        Assert.Equal("noindex, nofollow", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData(PortalFactory.EnvironmentName)]
    public async Task Outside_development_https_responses_tell_browsers_to_use_https_only(string environment)
    {
        await using var portal = new PortalFactory();
        using var configured = portal.WithWebHostBuilder(host => host.UseEnvironment(environment));
        using var client = configured.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.sozialproduziert.example") });

        using var page = await client.GetAsync("/praxisbeispiele");
        using var file = await client.GetAsync("/css/site.css");

        foreach (var response in new[] { page, file })
        {
            var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
            Assert.StartsWith("max-age=", hsts, StringComparison.Ordinal);
            Assert.True(int.Parse(hsts["max-age=".Length..].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture) >= 86400 * 30, hsts);
        }
    }

    [Fact]
    public async Task In_development_no_hsts_is_sent_so_localhost_stays_usable_over_http()
    {
        await using var portal = new PortalFactory();
        using var development = portal.WithWebHostBuilder(host => host.UseEnvironment("Development"));
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.sozialproduziert.example") });

        using var response = await client.GetAsync("/praxisbeispiele");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>One demo portal on Kestrel for all header checks, with a plain client that follows no redirects.</summary>
    public sealed class LiveDemo : IAsyncLifetime, IDisposable
    {
        private readonly PortalFactory _portal = new(PortalDatabase.Demo);
        private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });

        public async Task InitializeAsync()
        {
            _portal.UseKestrel(0);
            _portal.StartServer();
            _client.BaseAddress = new Uri(_portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
            MediaUrl = await _portal.WithDbAsync(db => db.MediaVariants.OrderBy(v => v.Id).Select(v => "/media/" + v.Hash + (v.Format == Web.Domain.ImageFormatKind.WebP ? ".webp" : ".jpg")).FirstAsync());
            DownloadUrl = await _portal.WithDbAsync(db => db.Downloads.OrderBy(d => d.Id).Select(d => "/downloads/" + d.Slug).FirstAsync());
        }

        private string MediaUrl { get; set; } = "";

        private string DownloadUrl { get; set; } = "";

        public async Task<HttpResponseMessage> SendAsync(string kind)
        {
            var (method, url, status) = kind switch
            {
                "HTML page" => ("GET", "/", HttpStatusCode.OK),
                "static file" => ("GET", "/css/site.css", HttpStatusCode.OK),
                "media image" => ("GET", MediaUrl, HttpStatusCode.OK),
                "download" => ("GET", DownloadUrl, HttpStatusCode.OK),
                "feed" => ("GET", "/praxisbeispiele/feed", HttpStatusCode.OK),
                "sitemap" => ("GET", "/sitemap.xml", HttpStatusCode.OK),
                "robots.txt" => ("GET", "/robots.txt", HttpStatusCode.OK),
                "health check" => ("GET", "/health/live", HttpStatusCode.OK),
                "404 page" => ("GET", "/gibt-es-nicht", HttpStatusCode.NotFound),
                "405 page" => ("PUT", "/praxisbeispiele", HttpStatusCode.MethodNotAllowed),
                "error page 500" => ("GET", "/fehler/500", HttpStatusCode.InternalServerError),
                "redirect to sign-in" => ("GET", "/admin", HttpStatusCode.Redirect),
                "HEAD request" => ("HEAD", "/praxisbeispiele", HttpStatusCode.OK),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            };
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            var response = await _client.SendAsync(request);
            Assert.True(response.StatusCode == status, $"{method} {url} answered {(int)response.StatusCode}, expected {(int)status}.");
            return response;
        }

        public async Task DisposeAsync()
        {
            _client.Dispose();
            await _portal.DisposeAsync();
        }

        public void Dispose()
        {
            _client.Dispose();
            _portal.Dispose();
        }
    }
}
