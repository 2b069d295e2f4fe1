using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Redis answers a PING. Only registered when Redis is configured.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await redis.GetAsync();
            await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy("redis reachable");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("redis unreachable", e);
        }
    }
}
