using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using SozialProduziert.Tests.Operations;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Debian's <c>redis-server</c>, started by a test on a loopback port of 6390–6399 and stopped on dispose. Without
/// a data folder it keeps nothing on disk; with one, <see cref="StopAsync"/> saves what it holds there and
/// <see cref="RestartAsync"/> loads it again, as a Redis restarted for maintenance does. <c>.ci/run</c> installs the
/// package; on a developer machine without it the tests that need it are skipped (see <see cref="RedisFactAttribute"/>).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    // Ports held by a server of this test run, from its start to its dispose: tests run in parallel, and a server
    // stopped for a restart must find its port again, not another test's Redis on it.
    private static readonly ConcurrentDictionary<int, bool> Claimed = new();

    private readonly string? _dataFolder;

    private Process? _process;

    private RedisServer(Process process, int port, string? dataFolder)
    {
        _process = process;
        Port = port;
        _dataFolder = dataFolder;
    }

    public int Port { get; }

    /// <summary>The value for Redis:Configuration.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static string? Executable { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    /// <param name="dataFolder">Where <see cref="StopAsync"/> saves the data; null keeps nothing.</param>
    public static async Task<RedisServer> StartAsync(string? dataFolder = null)
    {
        int port;
        do
        {
            port = FreePort.FirstFree(Enumerable.Range(6390, 10).Where(p => !Claimed.ContainsKey(p)));
        }
        while (!Claimed.TryAdd(port, true));

        var server = new RedisServer(Launch(port, dataFolder), port, dataFolder);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    /// <summary>Stops the server; with a data folder it first saves what it holds (SHUTDOWN SAVE).</summary>
    public async Task StopAsync()
    {
        if (_dataFolder is not null && _process is { HasExited: false })
        {
            try
            {
                await SendAsync("SHUTDOWN SAVE\r\n");
            }
            catch (IOException)
            {
                // The server closed the connection while shutting down, as it may.
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }

        await KillAsync();
    }

    /// <summary>Starts the server again on the same port, with the data it saved when stopped.</summary>
    public async Task RestartAsync()
    {
        _process = Launch(Port, _dataFolder);
        await WaitUntilAnsweringAsync();
    }

    /// <summary>
    /// Stops the server's process without closing its connections (SIGSTOP): a Redis that hangs, so every command waits
    /// for its client's timeout instead of being refused.
    /// </summary>
    public Task FreezeAsync() => SignalAsync("-STOP");

    /// <summary>Lets a frozen server run on (SIGCONT); it then answers what it was sent meanwhile.</summary>
    public Task ThawAsync() => SignalAsync("-CONT");

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Claimed.TryRemove(Port, out _);
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process!.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    private static Process Launch(int port, string? dataFolder)
    {
        var executable = Executable ?? throw new InvalidOperationException(
            "redis-server is not installed: apt-get install -y redis-server (.ci/run does this in its System packages section).");
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = ["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"];
        foreach (var argument in dataFolder is null ? arguments : [.. arguments, "--dir", dataFolder, "--dbfilename", "dump.rdb"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await AnswersPingAsync())
            {
                return;
            }

            await Task.Delay(100);
        }

        await DisposeAsync();
        throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within 10 s.");
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            return (await SendAsync("PING\r\n")).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Sends one command in Redis's inline form; the start of the answer (empty when the server closed).</summary>
    private async Task<string> SendAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command));
        var buffer = new byte[64];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}

/// <summary>
/// A test that needs <c>redis-server</c>: skipped with a hint where it is not installed, except under CI=true,
/// where it runs and fails, because CI installs Redis and a skip there would hide a broken set-up.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (RedisServer.Executable is null && !ci)
        {
            Skip = "redis-server is not installed (apt-get install -y redis-server); CI installs it and runs this test.";
        }
    }
}
