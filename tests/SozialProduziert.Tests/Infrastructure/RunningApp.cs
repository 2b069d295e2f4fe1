using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// The built app as a long-running web server process (Production, 127.0.0.1, a port the OS picks), like one
/// instance behind a load balancer. Stopped and its process tree ended on dispose.
/// </summary>
public sealed partial class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout;

    private RunningApp(Process process, ConcurrentQueue<string> stdout, Uri address)
    {
        _process = process;
        _stdout = stdout;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyList<string> StdoutLines => [.. _stdout];

    /// <summary>Starts the app and returns once it reports the address it listens on.</summary>
    public static async Task<RunningApp> StartAsync(Dictionary<string, string> environment)
    {
        var stdout = new ConcurrentQueue<string>();
        var stderr = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = AppProcess.StartInfo([], environment), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            stdout.Enqueue(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                stderr.Enqueue(line.Data);
            }
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            $"The app exited before it listened. stdout:\n{string.Join('\n', stdout)}\nstderr:\n{string.Join('\n', stderr)}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new RunningApp(process, stdout, await listening.Task.WaitAsync(StartLimit));
        }
        catch
        {
            await StopAsync(process);
            throw;
        }
    }

    /// <summary>Waits until a line of standard output satisfies <paramref name="match"/> (log lines are written asynchronously).</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_stdout.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"No such line within 10 s. stdout:\n{string.Join('\n', _stdout)}");
    }

    public async ValueTask DisposeAsync() => await StopAsync(_process);

    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
