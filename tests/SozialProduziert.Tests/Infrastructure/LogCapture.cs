using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Keeps every log entry the app writes through its normal level filters: the formatted message, every
/// structured value and the exception, i.e. all that any log sink (console, JSON, a log shipper) could see.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var everything = string.Join(" | ", new[] { formatter(state, exception), exception?.ToString() ?? "" }
                .Concat(values.Select(value => $"{value.Key}={value.Value}")));
            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), everything));
        }
    }
}

public static class LogCaptureHosting
{
    /// <summary>
    /// The portal writing into <paramref name="logs"/> at the levels appsettings.json ships with; the test host
    /// otherwise turns logging down to warnings.
    /// </summary>
    public static WebApplicationFactory<Program> WithLogsAtShippedLevels(this PortalFactory portal, LogCapture logs)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithWebHostBuilder(host =>
        {
            host.UseSetting("Logging:LogLevel:Default", "Information");
            host.ConfigureLogging(logging => logging.AddProvider(logs));
        });
    }
}

/// <param name="Everything">Message, structured values and exception in one string, for "must not appear" checks.</param>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, string Everything);
