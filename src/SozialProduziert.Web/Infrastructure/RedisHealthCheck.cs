using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Redis answers a PING. Only registered when Redis is configured, with <see cref="HealthStatus.Degraded"/> as its
/// failure status: without Redis an instance serves every page uncached, slower but correct, so readiness stays 200
/// and the load balancer keeps the instances; monitoring sees "Degraded" in the body.
/// </summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var connection = await redis.GetAsync();
            await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy("redis reachable");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "redis unreachable", e);
        }
    }
}
