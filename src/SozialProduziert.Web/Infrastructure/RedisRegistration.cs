using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Infrastructure.Caching;
using StackExchange.Redis;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Section "Redis": the shared output-cache store for several web servers. Empty = cache in each process's memory.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.intern:6379,password=…,ssl=true</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so one Redis can serve several installations (test and production).</summary>
    public string InstanceName { get; set; } = "sozialproduziert:";
}

public static class RedisRegistration
{
    /// <summary>
    /// With Redis:Configuration set, cached pages live in Redis: every web server serves the same cached page, and
    /// evicting a tag on one server evicts it for all. Readiness then reports Redis, as degraded when it is down.
    /// </summary>
    public static IServiceCollection AddPortalRedis(this IServiceCollection services, IConfiguration configuration, IHealthChecksBuilder health)
    {
        var section = configuration.GetSection(RedisOptions.Section);
        if (string.IsNullOrWhiteSpace(section.Get<RedisOptions>()?.Configuration))
        {
            return services;
        }

        services.Configure<RedisOptions>(section);
        services.AddSingleton<RedisConnection>();

        // Registered after or before AddOutputCache alike: this replaces the in-memory store, which is only a TryAdd.
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection, IOptions<RedisOptions>>((cache, connection, redis) =>
        {
            cache.InstanceName = redis.Value.InstanceName;
            cache.ConnectionMultiplexerFactory = connection.GetAsync;
        });
        DecorateStore(services);
        health.AddCheck<RedisHealthCheck>("redis", failureStatus: HealthStatus.Degraded, tags: [HealthEndpoints.ReadyTag], timeout: HealthEndpoints.CheckTimeout);
        return services;
    }

    /// <summary>Puts <see cref="FailSoftOutputCacheStore"/> between the output cache and the Redis store just registered.</summary>
    private static void DecorateStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => ActivatorUtilities.CreateInstance<FailSoftOutputCacheStore>(provider, (IOutputCacheBufferStore)(
            registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))));
    }
}

/// <summary>One multiplexer per process, shared by the cache store and the health check; connects on first use.</summary>
public sealed class RedisConnection(IOptions<RedisOptions> options) : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(options.Value.Configuration!));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var redis = ConfigurationOptions.Parse(configuration);

        // Start and keep reconnecting even while Redis is down; readiness reports it meanwhile. Without a connection
        // a command fails at once instead of waiting seconds in the backlog: the output cache then serves the page
        // uncached (and logs it) rather than making every visitor wait for the timeout.
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        return await ConnectionMultiplexer.ConnectAsync(redis);
    }
}
