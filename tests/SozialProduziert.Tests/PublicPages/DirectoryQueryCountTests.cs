using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The directory pages load their items with projections: the number of SQL commands does not grow with the items shown.</summary>
public class DirectoryQueryCountTests
{
    [Theory]
    [InlineData("/sozialbetriebe", "sozialbetriebe")]
    [InlineData("/angebote", "angebote")]
    [InlineData("/sozialbetriebe/betrieb-mit-logo", "angebote")]
    public async Task Sql_command_count_does_not_grow_with_the_number_of_items(string url, string cardSection)
    {
        await using var portal = new PortalFactory();
        await AddItemsAsync(portal, 2, withProfileOwner: true);
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        var client = portal.CreateClient();
        await client.GetPageAsync(url);

        counter.Reset();
        var few = DirectoryHtml.CardSlugs(await client.GetPageAsync(url), cardSection);
        var commandsForFew = counter.Count;
        await AddItemsAsync(portal, 10, withProfileOwner: false);
        counter.Reset();
        var many = DirectoryHtml.CardSlugs(await client.GetPageAsync(url), cardSection);

        Assert.True(commandsForFew > 0, "the counter saw no SQL command");
        Assert.True(many.Count > few.Count, $"{few.Count} cards before, {many.Count} after");
        Assert.Equal(commandsForFew, counter.Count);
    }

    /// <summary>
    /// Each Sozialbetrieb with a logo, two fields of work and a quality mark; each offer with an image; every
    /// offer and example also belongs to the profile under test, so its lists grow as well.
    /// </summary>
    private static Task AddItemsAsync(PortalFactory portal, int count, bool withProfileOwner) => portal.WithDbAsync(async db =>
    {
        var fields = new[] { await db.FieldOfWorkAsync("Holz"), await db.FieldOfWorkAsync("Textil") };
        var mark = await db.QualityMarkAsync("goodworks");
        var owner = withProfileOwner
            ? db.Add(new SocialEnterpriseBuilder().WithSlug("betrieb-mit-logo").Build()).Entity
            : await db.SocialEnterprises.SingleAsync(e => e.Slug == "betrieb-mit-logo");
        if (withProfileOwner)
        {
            owner.Logo = Image();
        }

        for (var i = 0; i < count; i++)
        {
            var enterprise = new SocialEnterpriseBuilder().InFieldsOfWork(fields).WithQualityMarks(mark).Build();
            enterprise.Logo = Image();
            var offer = new OfferBuilder().By(owner).Build();
            offer.Images.Add(new OfferImage { MediaImage = Image(), SortOrder = 0 });
            db.AddRange(enterprise, offer, new ExampleBuilder().WithSocialEnterprises(owner).Build());
        }
    });

    private static MediaImage Image() => new()
    {
        AltText = "Werkstück",
        Width = 800,
        Height = 500,
        Variants =
        [
            new MediaVariant { Width = 800, Height = 500, Format = ImageFormatKind.Jpeg, Hash = Guid.NewGuid().ToString("N"), Data = [1] },
            new MediaVariant { Width = 800, Height = 500, Format = ImageFormatKind.WebP, Hash = Guid.NewGuid().ToString("N"), Data = [2] },
        ],
    };
}
