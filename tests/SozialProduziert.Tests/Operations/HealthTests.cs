using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// /health/live answers whenever the process does; /health/ready only while the database is reachable with every
/// migration applied — asked again on every request, never from a cache. Redis, when configured, only degrades it.
/// </summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Ready_and_live_answer_200_in_plain_json_that_no_one_caches()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("application/json", ready.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", ready.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("no-store", live.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var report = await ReportAsync(ready);
        Assert.Equal("Healthy", report.Status);
        Assert.Equal(("database", "Healthy"), Assert.Single(report.Checks));
    }

    [Fact]
    public async Task Ready_turns_503_when_the_database_file_cannot_be_opened_while_live_stays_200()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // A folder where the file was: SQLite cannot open it, as with a lost mount or a wrong path.
        var moved = portal.DatabasePath + ".moved";
        using (var connection = new SqliteConnection(portal.ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        File.Move(portal.DatabasePath, moved);
        Directory.CreateDirectory(portal.DatabasePath);
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            using var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            var report = await ReportAsync(ready);
            Assert.Equal("Unhealthy", report.Status);
            Assert.Equal(("database", "Unhealthy"), Assert.Single(report.Checks));
            Assert.DoesNotContain(portal.DatabasePath, report.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", report.Body, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(portal.DatabasePath);
            File.Move(moved, portal.DatabasePath);
        }
    }

    [Fact]
    public async Task Ready_turns_503_while_the_last_migration_is_missing_from_the_database()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // The schema of the previous release: the code is newer than the database.
        await portal.WithDbAsync(async db =>
        {
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}");
        });
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ReportAsync(ready);
        Assert.Contains("1 pending migration", report.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task With_Redis_configured_but_not_answering_ready_stays_200_reports_redis_degraded_and_pages_are_served()
    {
        await using var portal = WithRedisNotAnswering();
        var client = portal.CreateClient();

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ReportAsync(ready);
        Assert.Equal("Degraded", report.Status);
        Assert.Contains(("redis", "Degraded"), report.Checks);
        Assert.Contains(("database", "Healthy"), report.Checks);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_database_that_is_behind_still_fails_readiness_when_Redis_is_down_too()
    {
        await using var portal = WithRedisNotAnswering();
        var client = portal.CreateClient();
        await client.GetAsync("/health/live");
        await portal.WithDbAsync(async db =>
        {
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM __EFMigrationsHistory WHERE MigrationId = {last}");
        });

        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ReportAsync(ready);
        Assert.Equal("Unhealthy", report.Status);
        Assert.Contains(("redis", "Degraded"), report.Checks);
    }

    private static PortalFactory WithRedisNotAnswering() => new()
    {
        Settings = new Dictionary<string, string> { ["Redis:Configuration"] = $"127.0.0.1:{FreePort.Find()},connectTimeout=500,connectRetry=0" },
    };

    private sealed record Report(string Status, List<(string Name, string Status)> Checks, string Body);

    private static async Task<Report> ReportAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray()
            .Select(check => (check.GetProperty("name").GetString()!, check.GetProperty("status").GetString()!)).ToList();
        return new Report(json.RootElement.GetProperty("status").GetString()!, checks, body);
    }
}
