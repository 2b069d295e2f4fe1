using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// The request log names method, path, status and duration, and nothing a visitor typed or sent: no e-mail
/// address from a form, no search term from a query string, no cookie or authorization header — checked over
/// everything the app logs at its shipped levels, not just the request lines. In Production the console log is
/// JSON, one object per line, as log shippers read it.
/// </summary>
public sealed class RequestLoggingTests
{
    private const string Email = "maria.musterfrau.4711@beispiel.example";
    private const string SearchTerm = "Geheimbegriff4711";
    private const string CookieValue = "keks-wert-4711";
    private const string Token = "bearer-geheim-4711";

    [Fact]
    public async Task Requests_are_logged_with_path_status_and_duration_but_without_anything_personal()
    {
        await using var portal = new PortalFactory();
        var logs = new LogCapture();
        await using var app = portal.WithLogsAtShippedLevels(logs);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Authorization", $"Bearer {Token}");
        client.DefaultRequestHeaders.Add("Cookie", $"sitzung={CookieValue}");

        using var signIn = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = "ein-falsches-passwort-4711" });
        using var search = await client.GetAsync($"/suche?q={SearchTerm}&kontakt={Uri.EscapeDataString(Email)}");
        using var missing = await client.GetAsync($"/gibt-es-nicht?email={Uri.EscapeDataString(Email)}");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var requests = logs.Entries.Where(e => e.Category == typeof(RequestLoggingMiddleware).FullName).Select(e => e.Message).ToList();
        Assert.Contains(requests, line => line.StartsWith("HTTP POST /admin/anmelden answered 200 in ", StringComparison.Ordinal));
        Assert.Contains(requests, line => line.StartsWith("HTTP GET /suche answered 200 in ", StringComparison.Ordinal));
        Assert.Contains(requests, line => line.StartsWith("HTTP GET /gibt-es-nicht answered 404 in ", StringComparison.Ordinal));
        foreach (var secret in new[] { Email, "musterfrau", SearchTerm, CookieValue, Token, "4711" })
        {
            Assert.DoesNotContain(logs.Entries, e => e.Everything.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_healthy_answer_to_a_monitor_is_below_the_default_level_a_failing_one_is_not()
    {
        await using var portal = new PortalFactory();
        var logs = new LogCapture();
        await using var app = portal.WithLogsAtShippedLevels(logs);
        var client = app.CreateClient();

        await client.GetAsync("/health/live");
        await client.GetAsync("/gibt-es-nicht");

        var requests = logs.Entries.Where(e => e.Category == typeof(RequestLoggingMiddleware).FullName).ToList();
        Assert.DoesNotContain(requests, e => e.Message.Contains("/health/live", StringComparison.Ordinal));
        Assert.Contains(requests, e => e.Message.StartsWith("HTTP GET /gibt-es-nicht answered 404", StringComparison.Ordinal) && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task In_Production_the_console_log_is_one_json_object_per_line_and_the_request_line_has_no_query()
    {
        await using var portal = new PortalFactory();
        await using var app = await RunningApp.StartAsync(BackupRestoreTests.Sqlite(portal.DatabasePath));
        var (visitor, _) = ProxiedBrowser.For(app);

        using var search = await visitor.GetAsync("/suche?q=Suchbegriff4711");
        var requestLine = await app.WaitForOutputAsync(line => line.Contains("RequestLoggingMiddleware", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        foreach (var line in app.StdoutLines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
        }

        using var request = JsonDocument.Parse(requestLine);
        var state = request.RootElement.GetProperty("State");
        Assert.Equal("/suche", state.GetProperty("Path").GetString());
        Assert.Equal(200, state.GetProperty("StatusCode").GetInt32());
        Assert.DoesNotContain(app.StdoutLines, line => line.Contains("Suchbegriff4711", StringComparison.Ordinal));
    }
}
