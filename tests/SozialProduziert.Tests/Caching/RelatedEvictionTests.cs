using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.PublicPages;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Caching;

/// <summary>A change evicts the pages of the items that show it too: relations, reference lists and images.</summary>
public class RelatedEvictionTests
{
    [Fact]
    public async Task Renaming_a_sozialbetrieb_evicts_its_examples_offers_and_partner_showcases_but_not_an_unrelated_profile()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        var id = await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Alt").Build();
            var partner = new PartnerBuilder().Titled("Druckerei Berger").WithSlug("berger").Build();
            db.AddRange(
                enterprise,
                new SocialEnterpriseBuilder().Titled("Andere Werkstatt").WithSlug("andere").Build(),
                new ExampleBuilder().WithSlug("beispiel").WithSocialEnterprises(enterprise).WithPartners(partner).Build(),
                new OfferBuilder().WithSlug("angebot").By(enterprise).Build());
            await db.SaveChangesAsync();
            return enterprise.Id;
        });
        string[] showing = ["/praxisbeispiele/beispiel", "/angebote/angebot", "/angebote", "/auslage/berger"];
        foreach (var page in showing)
        {
            Assert.Contains("Werkstatt Alt", (await visitor.OpenAsync(page)).Html, StringComparison.Ordinal);
        }

        await visitor.OpenAsync("/sozialbetriebe/andere");
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        await portal.EditWithEditorAsync<SocialEnterprise>(id, (_, enterprise) =>
        {
            enterprise.Name = "Werkstatt Neu";
            return Task.CompletedTask;
        });

        foreach (var page in showing)
        {
            Assert.Contains("Werkstatt Neu", (await visitor.OpenAsync(page)).Html, StringComparison.Ordinal);
        }

        counter.Reset();
        await visitor.OpenAsync("/sozialbetriebe/andere");
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task Linking_an_example_to_a_partner_puts_it_on_the_partners_showcase_and_unlinking_removes_it()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        var partnerId = await portal.WithDbAsync(async db =>
        {
            var partner = new PartnerBuilder().WithSlug("berger").Build();
            db.AddRange(partner, new ExampleBuilder().Titled("Neu verknüpft").WithSlug("beispiel").Build());
            await db.SaveChangesAsync();
            return partner.Id;
        });
        var exampleId = await portal.IdOfAsync("beispiel");
        Assert.DoesNotContain("Neu verknüpft", (await visitor.OpenAsync("/auslage/berger")).CardTitles);

        await portal.EditWithEditorAsync<BestPracticeExample>(exampleId, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Partners).LoadAsync();
            example.Partners.Add(await db.Partners.SingleAsync(p => p.Id == partnerId));
        });
        Assert.Contains("Neu verknüpft", (await visitor.OpenAsync("/auslage/berger")).CardTitles);

        await portal.EditWithEditorAsync<BestPracticeExample>(exampleId, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Partners).LoadAsync();
            example.Partners.Clear();
        });
        Assert.DoesNotContain("Neu verknüpft", (await visitor.OpenAsync("/auslage/berger")).CardTitles);
    }

    [Fact]
    public async Task Renaming_a_field_of_work_evicts_the_lists_and_profiles_that_name_it()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        await portal.WithDbAsync(async db => db.Add(new SocialEnterpriseBuilder().WithSlug("tischlerei").InFieldsOfWork(await db.FieldOfWorkAsync("Holz")).Build()));
        Assert.Contains(">Holz<", (await visitor.OpenAsync("/sozialbetriebe/tischlerei")).Html, StringComparison.Ordinal);
        Assert.Contains(">Holz<", (await visitor.OpenAsync("/sozialbetriebe")).Html, StringComparison.Ordinal);

        await portal.WithDbAsync(async db => (await db.FieldOfWorkAsync("Holz")).Name = "Holz und Möbel");

        Assert.Contains(">Holz und Möbel<", (await visitor.OpenAsync("/sozialbetriebe/tischlerei")).Html, StringComparison.Ordinal);
        Assert.Contains(">Holz und Möbel<", (await visitor.OpenAsync("/sozialbetriebe")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_images_alternative_text_evicts_every_page_showing_it()
    {
        await using var portal = new PortalFactory();
        var visitor = portal.CreateClient();
        var imageId = await portal.WithDbAsync(async db =>
        {
            var image = new MediaImage { AltText = "Rohe Paletten", Width = 800, Height = 500, Variants = [Variant()] };
            var example = new ExampleBuilder().WithSlug("beispiel").Build();
            example.Images.Add(new ExampleImage { MediaImage = image, SortOrder = 0 });
            db.Add(example);
            await db.SaveChangesAsync();
            return image.Id;
        });
        string[] showing = ["/praxisbeispiele/beispiel", "/praxisbeispiele", "/"];
        foreach (var page in showing)
        {
            Assert.Contains("alt=\"Rohe Paletten\"", (await visitor.OpenAsync(page)).Html, StringComparison.Ordinal);
        }

        await portal.WithDbAsync(async db => (await db.MediaImages.SingleAsync(i => i.Id == imageId)).AltText = "Geschliffene Paletten");

        foreach (var page in showing)
        {
            Assert.Contains("alt=\"Geschliffene Paletten\"", (await visitor.OpenAsync(page)).Html, StringComparison.Ordinal);
        }
    }

    private static MediaVariant Variant() => new()
    {
        Width = 800, Height = 500, Format = ImageFormatKind.Jpeg, Hash = Guid.NewGuid().ToString("N"), Data = [1],
    };
}
