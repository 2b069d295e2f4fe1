using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using SozialProduziert.Tests.Operations;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Debian's <c>redis-server</c>, started by a test on a loopback port of 6390–6399, without persistence, and
/// stopped on dispose. <c>.ci/run</c> installs the package; on a developer machine without it the tests that
/// need it are skipped (see <see cref="RedisFactAttribute"/>).
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The value for Redis:Configuration.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static string? Executable { get; } = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    public static async Task<RedisServer> StartAsync()
    {
        var executable = Executable ?? throw new InvalidOperationException(
            "redis-server is not installed: apt-get install -y redis-server (.ci/run does this in its System packages section).");
        var port = FreePort.FirstFree(Enumerable.Range(6390, 10));
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new RedisServer(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await server.AnswersPingAsync())
            {
                return server;
            }

            await Task.Delay(100);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server on port {port} did not answer PING within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
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
