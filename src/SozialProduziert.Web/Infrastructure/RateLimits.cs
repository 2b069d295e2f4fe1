using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Per-client limits for forms that attackers like: sign-in now, public forms later.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>Public forms (interest registration, inquiries, needs): generous for people, tight for scripts.</summary>
    public const string PublicForm = "public-form";

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
        });
        return services;
    }
}
