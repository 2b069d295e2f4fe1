using Microsoft.AspNetCore.DataProtection;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Operations;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// What running the portal on one server or several needs: health checks for monitors and load balancers, one
/// Data Protection key ring in the database, the optional Redis output-cache store, forwarded headers from known
/// proxies, and the operator commands backup and restore. See docs/operations.md.
/// </summary>
public static class OperationsRegistration
{
    /// <summary>Fixed, so every instance and every deployment folder protects and unprotects with the same keys.</summary>
    public const string ApplicationName = "SozialProduziert";

    public static IServiceCollection AddPortalOperations(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys in the database: auth and anti-forgery cookies issued by one web server are valid on every other,
        // and survive redeployments. Unless a certificate encrypts them, whoever can read the database can read the
        // keys; see docs/operations.md.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);

        var health = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag], timeout: HealthEndpoints.CheckTimeout);
        services.AddPortalRedis(configuration, health);
        services.AddPortalReverseProxy(configuration);
        services.AddScoped<SqliteBackup>();
        services.AddScoped<BackupCommand>();
        services.AddScoped<RestoreCommand>();
        return services;
    }

    /// <summary>Request logging first, so it sees the final status code; forwarded headers before anything reads scheme or client address.</summary>
    public static WebApplication UsePortalOperations(this WebApplication app)
    {
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseForwardedHeaders();
        return app;
    }
}
