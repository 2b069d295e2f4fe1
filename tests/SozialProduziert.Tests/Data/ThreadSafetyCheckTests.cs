using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Tests.Data;

/// <summary>EF's check against one context used by two threads at once: on wherever it can find such a bug, off where it only costs.</summary>
public class ThreadSafetyCheckTests
{
    [Theory]
    [InlineData(PortalFactory.EnvironmentName, true)]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task The_concurrent_use_check_is_on_outside_production_only(string environment, bool expected)
    {
        await using var portal = new PortalFactory();
        using var configured = portal.WithWebHostBuilder(host => host.UseEnvironment(environment));
        using var scope = configured.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.Equal(expected, core?.ThreadSafetyChecksEnabled);
    }

    /// <summary>
    /// The setting gives a Production host its own EF model; queries compiled once (the image lookup) must still run
    /// in both, as they do when the tests start hosts of both kinds in one process.
    /// </summary>
    [Fact]
    public async Task Pictures_load_in_a_testing_and_a_production_host_of_one_process()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        using var production = portal.WithWebHostBuilder(host => host.UseEnvironment("Production"));
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.sozialproduziert.example") };

        var inTesting = await portal.CreateClient(https).OpenAsync("/praxisbeispiele");
        var inProduction = await production.CreateClient(https).OpenAsync("/praxisbeispiele");

        Assert.Equal(HttpStatusCode.OK, inTesting.Status);
        Assert.Equal(HttpStatusCode.OK, inProduction.Status);
        Assert.NotEmpty(inProduction.Document.QuerySelectorAll("main picture"));
        Assert.Equal(inTesting.Document.QuerySelectorAll("main picture img").Select(i => i.GetAttribute("src")),
            inProduction.Document.QuerySelectorAll("main picture img").Select(i => i.GetAttribute("src")));
    }

    [Fact]
    public async Task A_Sozialbetrieb_page_from_compiled_queries_renders_in_a_testing_and_a_production_host_of_one_process()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        using var production = portal.WithWebHostBuilder(host => host.UseEnvironment("Production"));
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://www.sozialproduziert.example") };
        var list = await portal.CreateClient(https).OpenAsync("/sozialbetriebe");
        var address = list.Document.QuerySelectorAll("main a[href^='/sozialbetriebe/']").Select(a => a.GetAttribute("href")).First();

        var inTesting = await portal.CreateClient(https).OpenAsync(address!);
        var inProduction = await production.CreateClient(https).OpenAsync(address!);

        Assert.Equal(HttpStatusCode.OK, inTesting.Status);
        Assert.Equal(HttpStatusCode.OK, inProduction.Status);
        Assert.Equal(inTesting.Document.QuerySelector("main")!.TextContent, inProduction.Document.QuerySelector("main")!.TextContent);
    }
}
