using System.Net;
using System.Net.Sockets;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Startup;

/// <summary>
/// Runs the built app as an operator would (<c>dotnet SozialProduziert.Web.dll</c>) with broken settings: it must
/// stop with a non-zero exit code and one sentence on stderr that names what to fix, not a stack trace.
/// </summary>
public class StartupErrorTests
{
    [Fact]
    public async Task An_unknown_database_provider_stops_the_app_with_one_line_naming_Database_Provider()
    {
        var run = await RunAppAsync(new() { ["Database__Provider"] = "Oracle" });

        var line = OnlyLineOfAStop(run);
        Assert.Contains("Database:Provider", line, StringComparison.Ordinal);
        Assert.Contains("Oracle", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_SQL_Server_stops_the_app_with_one_line_naming_the_connection_string()
    {
        var run = await RunAppAsync(new()
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Default"] = "Server=127.0.0.1,1;Database=x;User Id=a;Password=b;Connect Timeout=2;TrustServerCertificate=True",
        });

        var line = OnlyLineOfAStop(run);
        Assert.Contains("ConnectionStrings:Default", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SQL_Server_without_a_connection_string_stops_the_app_with_one_line_naming_the_setting()
    {
        var run = await RunAppAsync(new() { ["Database__Provider"] = "SqlServer", ["ConnectionStrings__Default"] = "" });

        var line = OnlyLineOfAStop(run);
        Assert.Contains("ConnectionStrings:Default", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_setting_stops_the_app_with_one_line_from_its_validation()
    {
        var run = await RunAppAsync(new() { ["PageCache__EvictionRetry"] = "00:00:00", ["Downloads__MaxBytes"] = "0" });

        var line = OnlyLineOfAStop(run);
        Assert.Contains("PageCache: EvictionRetry muss größer als 0 sein.", line, StringComparison.Ordinal);
        Assert.Contains("Downloads: MaxBytes muss größer als 0 sein.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_certificate_that_cannot_be_opened_stops_the_app_with_one_line_naming_the_setting()
    {
        var folder = Directory.CreateTempSubdirectory("sozialproduziert-certificate-").FullName;
        try
        {
            var certificate = TestCertificates.WritePfx(Path.Combine(folder, "schluessel.pfx"), "Richtig-81");
            foreach (var (path, password) in new[] { (certificate, "Xq7!vorbei"), (Path.Combine(folder, "fehlt.pfx"), "Richtig-81") })
            {
                var run = await RunAppAsync(new() { ["DataProtection__CertificatePath"] = path, ["DataProtection__CertificatePassword"] = password });

                var line = OnlyLineOfAStop(run);
                Assert.Contains("DataProtection:CertificatePath", line, StringComparison.Ordinal);
                Assert.DoesNotContain(password, line, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_address_another_process_listens_on_stops_the_app_with_one_line_naming_the_address()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)occupant.LocalEndpoint).Port}";

        var run = await RunAppAsync(new()
        {
            ["ASPNETCORE_URLS"] = address,
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Default"] = "Data Source=:memory:",
        });

        var line = OnlyLineOfAStop(run);
        Assert.Contains($"Die Adresse {address} ist schon belegt", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_root_that_does_not_exist_stops_the_app_with_one_line_naming_the_folder_and_the_setting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sozialproduziert-missing-" + Guid.NewGuid().ToString("N"));

        var run = await AppProcess.RunAsync(["--contentRoot", missing], new() { ["Database__Provider"] = "Sqlite" });

        var line = OnlyLineOfAStop(run);
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.Contains("--contentRoot", line, StringComparison.Ordinal);
    }

    /// <summary>The app stopped with a non-zero exit code and one line on stderr, without a stack trace; that line.</summary>
    private static string OnlyLineOfAStop(AppRun run)
    {
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
        return Assert.Single(run.StderrLines);
    }

    private static Task<AppRun> RunAppAsync(Dictionary<string, string> environment) => AppProcess.RunAsync([], environment);
}
