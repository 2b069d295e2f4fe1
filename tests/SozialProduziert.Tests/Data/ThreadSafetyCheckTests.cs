using Microsoft.AspNetCore.Hosting;
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
}
