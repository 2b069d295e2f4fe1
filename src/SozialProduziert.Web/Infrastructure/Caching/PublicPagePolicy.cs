using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// When a public page may be cached, for how long and under which key. Only anonymous GET and HEAD requests are
/// served from and stored in the cache; a signed-in staff member always gets a fresh page. A response is stored
/// only if it is a 200, sets no cookie, and does not say no-store, no-cache or private: anti-forgery forms do
/// (the framework marks every response with a token so), and so can any page that shows something personal.
/// </summary>
public sealed class PublicPagePolicy(PublishingSchedule schedule, PageCacheEviction eviction, IOptions<PageCacheOptions> options)
{
    private const string GenerationKey = "SozialProduziert.PageCache.Generation";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, IReadOnlyList<string> tags, bool shortLived, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tags);
        var http = context.HttpContext;
        var cacheable = IsAnonymousRead(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return;
        }

        // Lists vary by every query parameter; compressed and plain answers are stored apart.
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.Tags.Add(CacheTags.AllPages);
        foreach (var tag in tags)
        {
            context.Tags.Add(tag);
        }

        var untilNextPublication = await schedule.CatchUpAsync(cancellationToken);
        var lifetime = shortLived ? options.Value.ShortDuration : options.Value.Duration;
        if (untilNextPublication < lifetime)
        {
            lifetime = untilNextPublication.Value;
        }

        context.ResponseExpirationTimeSpan = lifetime;
        context.AllowCacheStorage = lifetime > TimeSpan.Zero;
        http.Items[GenerationKey] = eviction.Generation;
    }

    public static ValueTask ServeResponseAsync(OutputCacheContext context, PageCacheEviction eviction)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(eviction);
        var http = context.HttpContext;
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || http.User.Identity?.IsAuthenticated == true
            || ForbidsStoring(response.Headers.CacheControl)

            // Content changed while this page was rendered: it may show the state from before the change.
            || http.Items[GenerationKey] is not long generation || generation != eviction.Generation)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization)
        && http.User.Identity?.IsAuthenticated != true;

    private static bool ForbidsStoring(StringValues cacheControl) =>
        HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
        || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoCacheString)
        || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.PrivateString);
}
