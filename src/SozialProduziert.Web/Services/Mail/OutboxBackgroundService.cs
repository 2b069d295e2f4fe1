using Microsoft.Extensions.Options;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>Runs <see cref="OutboxDispatcher"/> every few seconds, batch after batch while mails are due.</summary>
public sealed class OutboxBackgroundService(IServiceScopeFactory scopes, IOptions<MailOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<OutboxBackgroundService> logger)
    : BackgroundService
{
    public static bool IsEnabled(MailOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.DispatchInBackground ?? !environment.IsEnvironment("Testing");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled(options.Value, environment))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)), clock);
        do
        {
            try
            {
                await DeliverAllDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next tick tries again, the mails stay in the outbox.
                logger.LogError(e, "Delivering outbox mails failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task DeliverAllDueAsync(CancellationToken stoppingToken)
    {
        DispatchResult result;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(stoppingToken);
        }
        while (result.Sent > 0 && result.Claimed >= options.Value.BatchSize && !stoppingToken.IsCancellationRequested);
    }
}
