using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// <c>/health/live</c>: the process answers (no dependency is asked, so a slow database never gets a healthy
/// process restarted). <c>/health/ready</c>: the database is reachable with every migration applied; 503 otherwise,
/// so a load balancer takes the instance out. Redis, when configured, is reported too, but only as "Degraded" (still
/// 200) when it does not answer: the pages are then served uncached (<see cref="RedisHealthCheck"/>).
/// Both answer in plain JSON without exception texts, are never cached, and hold no personal data.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>A monitor gives up after a few seconds; a check that takes longer counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .CacheOutput(policy => policy.NoCache());
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .CacheOutput(policy => policy.NoCache());
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
