using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// Content in which every public page has something that grows with each round: a hub Sozialbetrieb, partner,
/// example and offer collect new relations, gallery images and cards, and every list, feed, sitemap and search
/// gets new items. Every item is in St. Pölten, in the field "Holz", from 2024, and has "Werkbank" in its name.
/// </summary>
internal static class QueryCountCatalog
{
    public static Task AddRoundAsync(PortalFactory portal, int count) => portal.WithDbAsync(async db =>
    {
        var fields = new[] { await db.FieldOfWorkAsync("Holz"), await db.FieldOfWorkAsync("Textil") };
        var mark = await db.QualityMarkAsync("goodworks");
        var hubEnterprise = await db.SocialEnterprises.SingleOrDefaultAsync(e => e.Slug == "betrieb")
            ?? db.Add(WithLogo(new SocialEnterpriseBuilder().Titled("Werkbank Betrieb").WithSlug("betrieb").InFieldsOfWork(fields).Build())).Entity;
        var hubPartner = await db.Partners.SingleOrDefaultAsync(p => p.Slug == "partner")
            ?? db.Add(WithLogo(new PartnerBuilder().Titled("Werkbank Partner").WithSlug("partner").Build())).Entity;
        var hubExample = await db.Examples.Include(e => e.Partners).Include(e => e.SocialEnterprises).Include(e => e.Images).SingleOrDefaultAsync(e => e.Slug == "beispiel")
            ?? db.Add(new ExampleBuilder().Titled("Werkbank Beispiel").WithSlug("beispiel").WithSocialEnterprises(hubEnterprise).WithPartners(hubPartner).InFieldsOfWork(fields).Build()).Entity;
        var hubOffer = await db.Offers.Include(o => o.Images).SingleOrDefaultAsync(o => o.Slug == "angebot")
            ?? db.Add(new OfferBuilder().Titled("Werkbank Angebot").WithSlug("angebot").By(hubEnterprise).Build()).Entity;

        for (var i = 0; i < count; i++)
        {
            var enterprise = WithLogo(new SocialEnterpriseBuilder().Titled($"Werkbank Betrieb {Guid.NewGuid():N}").InFieldsOfWork(fields).WithQualityMarks(mark).Build());
            var partner = WithLogo(new PartnerBuilder().Titled($"Werkbank Partner {Guid.NewGuid():N}").Build());
            var example = new ExampleBuilder().Titled($"Werkbank Beispiel {Guid.NewGuid():N}").WithSocialEnterprises(hubEnterprise, enterprise).WithPartners(hubPartner, partner).InFieldsOfWork(fields).Build();
            example.Images.Add(new ExampleImage { MediaImage = Image(), SortOrder = 0 });
            var offer = new OfferBuilder().Titled($"Werkbank Angebot {Guid.NewGuid():N}").By(hubEnterprise).Build();
            offer.Images.Add(new OfferImage { MediaImage = Image(), SortOrder = 0 });
            hubExample.Partners.Add(partner);
            hubExample.SocialEnterprises.Add(enterprise);
            hubExample.Images.Add(new ExampleImage { MediaImage = Image(), SortOrder = hubExample.Images.Count });
            hubOffer.Images.Add(new OfferImage { MediaImage = Image(), SortOrder = hubOffer.Images.Count });
            db.AddRange(enterprise, partner, example, offer, new DownloadBuilder().Titled($"Werkbank Bericht {Guid.NewGuid():N}").Build());
        }
    });

    private static T WithLogo<T>(T item)
        where T : PublishableContent
    {
        switch (item)
        {
            case SocialEnterprise enterprise:
                enterprise.Logo = Image();
                break;
            case Partner partner:
                partner.Logo = Image();
                break;
        }

        return item;
    }

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
