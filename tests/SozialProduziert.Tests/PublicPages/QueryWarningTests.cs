using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// EF warns in the log when a query could give unpredictable results (a row limit or First without an order). Where
/// the query cannot (one row by its key), the warning is noise that operators would learn to ignore, so no public page
/// may cause one.
/// </summary>
public class QueryWarningTests
{
    [Fact]
    public async Task No_public_page_makes_EF_warn_about_its_queries()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await QueryCountCatalog.AddRoundAsync(portal, 2);
        var logs = new LogCapture();
        await using var app = portal.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = app.CreateClient();

        foreach (var url in QueryCountTests.Pages.Select(row => (string)row[0]))
        {
            using var response = await client.GetAsync(url);
            response.EnsureSuccessStatusCode();
        }

        Assert.Empty(EfWarnings(logs));

        // The capture must see EF's warnings at all, or the assertion above proves nothing: a query EF has to warn
        // about (a row limit without an order), on the same app's context, does show up.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Examples.Skip(1).Take(1).Select(e => e.Id).ToListAsync();
        }

        Assert.Contains(EfWarnings(logs), message => message.Contains("row limiting operator", StringComparison.Ordinal));
    }

    private static IEnumerable<string> EfWarnings(LogCapture logs) =>
        logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))
            .Select(e => e.Message);
}
