using System.Diagnostics;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// One log line per request: method, path, status and duration. Deliberately nothing else: no query string (it
/// carries search terms and, in links from mails, addresses), no headers, cookies, bodies or client addresses,
/// so the request log holds no personal data (DSGVO) and can be kept and shipped freely.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();

        // Read before the pipeline runs: re-executed error pages change Path on the way back.
        var method = context.Request.Method;
        var path = (context.Request.PathBase + context.Request.Path).Value is { Length: > 0 } value ? value : "/";
        try
        {
            await next(context);
        }
        finally
        {
            var status = context.Response.StatusCode;

            // Monitors ask every few seconds; a healthy answer is not worth a line at the default level.
            var level = status < 400 && path.StartsWith("/health/", StringComparison.OrdinalIgnoreCase) ? LogLevel.Debug : LogLevel.Information;
            LogRequest(logger, level, method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "Request", Message = "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string path, int statusCode, double elapsedMilliseconds);
}
