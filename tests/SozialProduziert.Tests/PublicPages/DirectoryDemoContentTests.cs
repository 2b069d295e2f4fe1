using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The directory pages render the demo content as a visitor sees it: every public profile and offer, and every list page.</summary>
public class DirectoryDemoContentTests
{
    [Fact]
    public async Task Every_public_Sozialbetrieb_and_offer_of_the_demo_content_renders_with_its_heading()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var now = DateTime.UtcNow;
        var enterprises = await portal.WithDbAsync(db => db.SocialEnterprises.PubliclyVisible(now).Select(e => new { e.Slug, e.Name }).ToListAsync());
        var offers = await portal.WithDbAsync(db => db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now).Select(o => new { o.Slug, o.Title }).ToListAsync());
        var client = portal.CreateClient();

        foreach (var enterprise in enterprises)
        {
            Assert.Equal(enterprise.Name, (await client.OpenOkAsync($"/sozialbetriebe/{enterprise.Slug}")).OnlyH1);
        }

        foreach (var offer in offers)
        {
            Assert.Equal(offer.Title, (await client.OpenOkAsync($"/angebote/{offer.Slug}")).OnlyH1);
        }

        var listed = new List<string>();
        for (var number = 1; number <= (enterprises.Count + 11) / 12; number++)
        {
            listed.AddRange((await client.OpenOkAsync($"/sozialbetriebe?seite={number}")).CardSlugs("sozialbetriebe"));
        }

        Assert.Equal(enterprises.Select(e => e.Slug).Order(), listed.Order());
        Assert.Equal("Angebote", (await client.OpenOkAsync("/angebote")).OnlyH1);
    }
}
