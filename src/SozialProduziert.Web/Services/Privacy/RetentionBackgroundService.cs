using Microsoft.Extensions.Options;

namespace SozialProduziert.Web.Services.Privacy;

/// <summary>Runs <see cref="RetentionService"/> once a day, the first time shortly after start.</summary>
public sealed class RetentionBackgroundService(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<RetentionBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(options.Value.RetentionInBackground ?? !environment.IsEnvironment("Testing")))
        {
            return;
        }

        // Not at the very start: migrations and seeding run first, and a restart loop should not hammer the database.
        await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var anonymised = await scope.ServiceProvider.GetRequiredService<RetentionService>().RunOnceAsync(stoppingToken);
                logger.LogInformation("Retention run anonymised {Count} records", anonymised);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention run failed; it is tried again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
