using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Per-client limits for forms that attackers like, and a queue for the heaviest thing crawlers ask for.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Public forms (interest registration, inquiries, needs): generous for people, tight for scripts.</summary>
    public const string PublicForm = "public-form";

    /// <summary>
    /// Sitemap files (10,000 addresses each) are built by at most two requests at a time; the rest wait their turn,
    /// first come first served. Crawlers fetch them, rarely and in bursts; 32 built at once held 32 database
    /// connections with their page caches and raised the instance's memory by about 120 MB without answering sooner.
    /// </summary>
    public const string Sitemap = "sitemap";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Only submissions count: reading a form page again after a validation error must never be refused.
            limiter.AddPolicy(PublicForm, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new SlidingWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(10), SegmentsPerWindow = 10, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
            limiter.AddConcurrencyLimiter(Sitemap, queue =>
            {
                queue.PermitLimit = 2;
                queue.QueueLimit = 200;
                queue.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        return services;
    }
}
