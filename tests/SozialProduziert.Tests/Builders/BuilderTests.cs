using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

public class BuilderTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Default_items_of_every_builder_save_and_are_publicly_visible()
    {
        await using var portal = new PortalFactory();

        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().Build(),
            new OfferBuilder().Build(),
            new PartnerBuilder().Build(),
            new ExampleBuilder().Build(),
            new PageBuilder().Build(),
            new DownloadBuilder().Build()));

        var visible = await portal.WithDbAsync(async db => new[]
        {
            // Two enterprises: the one built directly and the one the offer brought along.
            await db.SocialEnterprises.PubliclyVisible(Now).CountAsync(),
            await db.Offers.PubliclyVisible(Now).CountAsync(),
            await db.Partners.PubliclyVisible(Now).CountAsync(),
            await db.Examples.PubliclyVisible(Now).CountAsync(),
            await db.Pages.PubliclyVisible(Now).CountAsync(),
            await db.Downloads.PubliclyVisible(Now).CountAsync(),
        });
        Assert.Equal([2, 1, 1, 1, 1, 1], visible);
    }

    [Fact]
    public async Task Draft_archived_and_scheduled_items_are_not_publicly_visible()
    {
        await using var portal = new PortalFactory();

        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Sichtbar").Build(),
            new ExampleBuilder().Titled("Entwurf").Draft().Build(),
            new ExampleBuilder().Titled("Archiv").Archived().Build(),
            new ExampleBuilder().Titled("Geplant").ScheduledFor(Now.AddDays(1)).Build()));

        var titles = await portal.WithDbAsync(db => db.Examples.PubliclyVisible(Now).Select(e => e.Title).ToListAsync());
        Assert.Equal(["Sichtbar"], titles);
    }

    [Fact]
    public async Task Builders_link_examples_to_partners_enterprises_and_fields_of_work()
    {
        await using var portal = new PortalFactory();

        await portal.WithDbAsync(async db => db.Add(new ExampleBuilder()
            .Titled("Büro-Upcycling")
            .WithOutput(OutputType.Service)
            .WithPartners(new PartnerBuilder().InDistrict("Baden").Build())
            .WithSocialEnterprises(new SocialEnterpriseBuilder().InFieldsOfWork(await db.FieldOfWorkAsync("Upcycling")).Build())
            .InFieldsOfWork(await db.FieldOfWorkAsync("Upcycling"), await db.FieldOfWorkAsync("Textil"))
            .Build()));

        var example = await portal.WithDbAsync(db => db.Examples
            .Include(e => e.Partners).Include(e => e.SocialEnterprises).Include(e => e.FieldsOfWork)
            .SingleAsync());
        Assert.Equal("buero-upcycling", example.Slug);
        Assert.Equal(OutputType.Service, example.OutputType);
        Assert.Equal(ReferenceData.DistrictId("Baden"), Assert.Single(example.Partners).DistrictId);
        Assert.Single(example.SocialEnterprises);
        Assert.Equal(["Textil", "Upcycling"], example.FieldsOfWork.Select(f => f.Name).Order());
    }

    [Fact]
    public async Task An_offer_uses_the_named_field_of_work_from_reference_data()
    {
        await using var portal = new PortalFactory();

        await portal.WithDbAsync(db => db.Add(new OfferBuilder().InFieldOfWork("Textil").OfKind(OfferKind.Service).Build()));

        var field = await portal.WithDbAsync(db => db.Offers.Select(o => o.FieldOfWork!.Name).SingleAsync());
        Assert.Equal("Textil", field);
    }

    [Fact]
    public void Default_titles_and_slugs_are_unique_so_builders_can_be_used_in_a_loop()
    {
        var slugs = Enumerable.Range(0, 20).Select(_ => new ExampleBuilder().Build().Slug).ToList();

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
    }
}
