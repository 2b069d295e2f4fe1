using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Services.Feeds;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// What keeps the portal fast: output caching of public pages with tag-based eviction, compression, and the split
/// sitemap. See docs/performance.md. The cache store is the framework's
/// <c>IOutputCacheStore</c>: in memory by default; <c>AddStackExchangeRedisOutputCache</c> replaces it for several
/// instances, and tags, eviction and policies stay as they are.
/// </summary>
public static class SpeedRegistration
{
    /// <summary>What is worth compressing: pages, styles, scripts, sitemap, feed, JSON. Images and fonts are compressed already.</summary>
    public static readonly IReadOnlyList<string> CompressedTypes =
    [
        "text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "text/xml", "application/xml",
        "application/atom+xml", "application/rss+xml", "application/json", "application/manifest+json", "image/svg+xml",
    ];

    /// <summary>A folder served as-is under /benchmark-static; set only by bench/run.sh, never in production.</summary>
    public const string BenchmarkStaticFolder = "Benchmark:StaticFolder";

    public static IServiceCollection AddPortalSpeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SitemapOptions>(configuration.GetSection(SitemapOptions.Section));
        services.AddHostedService<SqliteMaintenance>();
        var section = configuration.GetSection(PageCacheOptions.Section);
        var settings = section.Get<PageCacheOptions>() ?? new PageCacheOptions();
        services.AddOptions<PageCacheOptions>().Bind(section)
            .Validate(o => o.EvictionRetry > TimeSpan.Zero, "PageCache: EvictionRetry muss größer als 0 sein.")
            .Validate(o => o.StorePause >= TimeSpan.Zero, "PageCache: StorePause darf nicht negativ sein.")
            .ValidateOnStart();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = settings.SizeLimitMegabytes * 1024L * 1024L;
            cache.DefaultExpirationTimeSpan = settings.Duration;
        });
        services.AddSingleton<PageCacheEviction>();
        services.AddHostedService<PendingEvictionRetry>();
        services.AddSingleton<PublishingSchedule>();
        services.AddSingleton<PublicPagePolicy>();
        services.AddSingleton<PageCacheEvictionInterceptor>();

        services.AddSingleton<IResponseCompressionProvider, SecretSafeCompressionProvider>();
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.MimeTypes = CompressedTypes;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });

        // Pages are compressed once and then served from the cache, but uncached ones are compressed per request.
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// After authentication (the cache must know who is signed in), before the endpoints. Compression runs inside
    /// the cache, so a page is compressed once and its compressed copy is served from then on.
    /// </summary>
    public static WebApplication UsePortalSpeed(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // bench/run.sh only: plain static copies of the measured pages, served by the same app as the upper limit.
        if (app.Configuration[BenchmarkStaticFolder] is { Length: > 0 } folder)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/benchmark-static" });
        }

        if (app.Configuration.GetValue(PageCacheOptions.Section + ":" + nameof(PageCacheOptions.Enabled), true))
        {
            app.UseOutputCache();
        }

        app.UseResponseCompression();
        return app;
    }
}
