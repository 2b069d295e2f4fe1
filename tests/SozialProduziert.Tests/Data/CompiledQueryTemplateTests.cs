using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Tests.Data;

/// <summary>
/// A query built once with the portal's helpers and compiled (CompiledQueryTemplate) answers like the same query run
/// directly, for arguments other than those it was compiled with, and a builder that computes from an argument is
/// refused instead of freezing the computed value.
/// </summary>
public class CompiledQueryTemplateTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly CompiledQueryTemplate<int, DateTime, string> VisibleFromYear = new(
        (db, year, now) => db.Examples.AsNoTracking().PubliclyVisible(now).Where(e => e.YearFrom >= year).OrderBy(e => e.Title).Select(e => e.Title));

    [Fact]
    public async Task A_compiled_query_answers_like_the_query_run_directly_for_every_argument()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Alt").InYears(2019, 2020).Build(),
            new ExampleBuilder().Titled("Neu").InYears(2024, null).Build(),
            new ExampleBuilder().Titled("Entwurf").InYears(2024, null).Draft().Build(),
            new ExampleBuilder().Titled("Geplant").InYears(2024, null).ScheduledFor(Now.AddDays(10)).Build()));

        foreach (var (year, now) in new[] { (2018, Now), (2023, Now), (2030, Now), (2023, Now.AddDays(11)) })
        {
            var compiled = await portal.WithDbAsync(db => VisibleFromYear.ToListAsync(db, year, now, CancellationToken.None));
            var direct = await portal.WithDbAsync(db =>
                db.Examples.AsNoTracking().PubliclyVisible(now).Where(e => e.YearFrom >= year).OrderBy(e => e.Title).Select(e => e.Title).ToListAsync());

            Assert.Equal(direct, compiled);
        }

        Assert.Equal(["Geplant", "Neu"], await portal.WithDbAsync(db => VisibleFromYear.ToListAsync(db, 2023, Now.AddDays(11), CancellationToken.None)));
        Assert.Equal("Geplant", await portal.WithDbAsync(db => VisibleFromYear.FirstOrDefaultAsync(db, 2023, Now.AddDays(11), CancellationToken.None)));
        Assert.Null(await portal.WithDbAsync(db => VisibleFromYear.FirstOrDefaultAsync(db, 2030, Now, CancellationToken.None)));
    }

    [Fact]
    public async Task A_builder_that_computes_from_an_argument_is_refused()
    {
        await using var portal = new PortalFactory();
        var computing = new CompiledQueryTemplate<int, DateTime, string>(
            (db, year, now) => db.Examples.AsNoTracking().PubliclyVisible(now.AddDays(1)).Where(e => e.YearFrom >= year).Select(e => e.Title));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            portal.WithDbAsync(db => computing.ToListAsync(db, 2020, Now, CancellationToken.None)));
        Assert.Contains("arg2", refused.Message, StringComparison.Ordinal);
    }
}
