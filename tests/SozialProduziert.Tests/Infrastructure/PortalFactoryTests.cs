using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Infrastructure;

public class PortalFactoryTests
{
    [Fact]
    public async Task A_new_portal_has_the_migrated_schema_with_districts_and_reference_data_but_no_content()
    {
        await using var portal = new PortalFactory();

        var (districts, fields, marks, examples) = await portal.WithDbAsync(async db => (
            await db.Districts.CountAsync(),
            await db.FieldsOfWork.CountAsync(),
            await db.QualityMarks.CountAsync(),
            await db.Examples.CountAsync()));

        Assert.Equal(24, districts);
        Assert.Equal(ReferenceDataSeeder.DefaultFieldsOfWork.Count, fields);
        Assert.Equal(2, marks);
        Assert.Equal(0, examples);
    }

    [Fact]
    public async Task A_portal_whose_app_cannot_start_fails_at_once_instead_of_running_without_a_server()
    {
        // Not a database at all: the app's start-up refuses it with a StartupException, which Program catches.
        var file = Path.Combine(Path.GetTempPath(), $"kein-sqlite-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(file, new string('x', 4096));
        try
        {
            await using var portal = new PortalFactory { Settings = new Dictionary<string, string> { ["ConnectionStrings:Default"] = $"Data Source={file}" } };

            var failure = Assert.Throws<InvalidOperationException>(() => portal.Services);

            Assert.Contains("did not start", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Each_portal_owns_its_database_so_changes_never_leak_into_another()
    {
        await using var first = new PortalFactory();
        await using var second = new PortalFactory();

        await first.WithDbAsync(db => db.Add(new PageBuilder().Titled("Nur im ersten Portal").Build()));

        Assert.NotEqual(first.DatabasePath, second.DatabasePath);
        Assert.Equal(1, await first.WithDbAsync(db => db.Pages.CountAsync(p => p.Title == "Nur im ersten Portal")));
        Assert.Equal(0, await second.WithDbAsync(db => db.Pages.CountAsync(p => p.Title == "Nur im ersten Portal")));
    }

    [Fact]
    public async Task Disposing_a_portal_deletes_its_database_file()
    {
        var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PageBuilder().Build()));
        Assert.True(File.Exists(portal.DatabasePath));

        await portal.DisposeAsync();

        Assert.False(File.Exists(portal.DatabasePath));
        Assert.False(File.Exists(portal.DatabasePath + "-wal"));
    }

    [Fact]
    public void Disposing_a_portal_synchronously_deletes_its_database_file_too()
    {
        var portal = new PortalFactory();
        _ = portal.Services;

        portal.Dispose();

        Assert.False(File.Exists(portal.DatabasePath));
    }

    [Fact]
    public async Task A_portal_runs_in_the_Testing_environment_with_demo_content_off_by_default()
    {
        await using var portal = new PortalFactory();

        Assert.Equal(PortalFactory.EnvironmentName, portal.Services.GetRequiredService<IHostEnvironment>().EnvironmentName);
        Assert.False(portal.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled);
    }

    [Fact]
    public async Task A_demo_portal_is_initialised_with_demo_content_enabled()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);

        Assert.True(portal.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled);
        Assert.Equal(24, await portal.WithDbAsync(db => db.Districts.CountAsync()));
    }

    [Fact]
    public async Task A_fake_clock_replaces_the_system_clock_in_the_app()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        await using var portal = new PortalFactory { Clock = clock };

        Assert.Same(clock, portal.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Both_templates_have_the_same_reference_ids_the_builders_use()
    {
        await using var empty = new PortalFactory();
        await using var demo = new PortalFactory(PortalDatabase.Demo);

        foreach (var portal in new[] { empty, demo })
        {
            var fields = await portal.WithDbAsync(db => db.FieldsOfWork.ToDictionaryAsync(f => f.Name, f => f.Id));
            Assert.All(ReferenceDataSeeder.DefaultFieldsOfWork, name => Assert.Equal(fields[name], ReferenceData.FieldOfWorkId(name)));
        }
    }
}
