using System.Diagnostics;
using System.Text.Json;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar from npm, run with the machine's Java). One JVM checks all files of a run: a start
/// costs seconds, a page milliseconds.
/// </summary>
public static class NuHtmlChecker
{
    public sealed record Message(string File, int Line, string Text, string Extract);

    public static async Task<IReadOnlyList<Message>> CheckAsync(IReadOnlyCollection<string> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var start = new ProcessStartInfo(Prerequisites.FindJava() ?? "java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", ProjectPaths.VnuJar, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        // vnu writes its JSON report to stderr and exits 1 when it found errors.
        var json = await errors;
        _ = await output;
        if (!json.TrimStart().StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar did not report (exit code {process.ExitCode}): {json}");
        }

        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new Message(
                Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() ?? "" : ""), // "file:/abs/path/001.html"
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString() ?? "",
                m.TryGetProperty("extract", out var extract) ? extract.GetString() ?? "" : ""))
            .ToList();
    }
}
