using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Per-client limits for forms that attackers like: sign-in now, public forms later.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
