using System.Diagnostics;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// Runs the built web app as an operator would (<c>dotnet SozialProduziert.Web.dll …</c>, in Production) and
/// collects its exit code and output; for command-line features and start-up errors.
/// </summary>
public static class AppProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <param name="stdin">Written to standard input (which is then redirected); null leaves it alone.</param>
    public static async Task<AppRun> RunAsync(IReadOnlyList<string> arguments, Dictionary<string, string> environment, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var start = StartInfo(arguments, environment);
        start.RedirectStandardInput = stdin is not null;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

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

    /// <summary>How the built app is started: <c>dotnet SozialProduziert.Web.dll</c> in Production on a port the OS picks.</summary>
    internal static ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SozialProduziert.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}

public sealed record AppRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StderrLines { get; } =
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> StdoutLines { get; } =
        Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
