using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Ready means: the database answers and knows every migration this build brings. A pending migration means
/// the schema is older than the code (a deployment whose migration script has not run yet).
/// </summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("database reachable, schema up to date")
                : HealthCheckResult.Unhealthy($"{pending} pending migration(s)");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            // The exception goes to the log (health check service), never into the response.
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
