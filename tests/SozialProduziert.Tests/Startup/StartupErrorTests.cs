using System.Diagnostics;

namespace SozialProduziert.Tests.Startup;

/// <summary>
/// Runs the built app as an operator would (<c>dotnet SozialProduziert.Web.dll</c>) with broken settings: it must
/// stop with a non-zero exit code and one sentence on stderr that names what to fix, not a stack trace.
/// </summary>
public class StartupErrorTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_unknown_database_provider_stops_the_app_with_one_line_naming_Database_Provider()
    {
        var run = await RunAppAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("Database:Provider", line, StringComparison.Ordinal);
        Assert.Contains("Oracle", line, StringComparison.Ordinal);
        AssertNoStackTrace(run.Stderr);
    }

    [Fact]
    public async Task An_unreachable_SQL_Server_stops_the_app_with_one_line_naming_the_connection_string()
    {
        var run = await RunAppAsync(new()
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Default"] = "Server=127.0.0.1,1;Database=x;User Id=a;Password=b;Connect Timeout=2;TrustServerCertificate=True",
        });

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("ConnectionStrings:Default", line, StringComparison.Ordinal);
        AssertNoStackTrace(run.Stderr);
    }

    [Fact]
    public async Task SQL_Server_without_a_connection_string_stops_the_app_with_one_line_naming_the_setting()
    {
        var run = await RunAppAsync(new() { ["Database__Provider"] = "SqlServer", ["ConnectionStrings__Default"] = "" });

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("ConnectionStrings:Default", line, StringComparison.Ordinal);
        AssertNoStackTrace(run.Stderr);
    }

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    /// <summary>Starts the web app built next to the tests, in Production, and waits at most <see cref="Limit"/>.</summary>
    private static async Task<AppRun> RunAppAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SozialProduziert.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"The app was still running after {Limit.TotalSeconds} s. stdout:\n{await stdout}\nstderr:\n{await stderr}");
        }

        return new AppRun(process.ExitCode, await stdout, await stderr);
    }

    private sealed record AppRun(int ExitCode, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StderrLines { get; } =
            Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
