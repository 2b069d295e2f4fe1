using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Offers;
using SozialProduziert.Web.ViewModels.SocialEnterprises;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>
/// The public Sozialbetrieb and offer pages' models for the staff preview: the same projections as the public
/// controllers, but for the item whatever its state. Everything shown around it (offers, examples) stays
/// limited to what is public itself, so the preview shows what visitors will see once the item is published.
/// </summary>
public static class DirectoryPreviews
{
    public static async Task<SocialEnterpriseDetailViewModel?> EnterprisePreviewAsync(this AppDbContext db, int id, DateTime now, CancellationToken cancellationToken)
    {
        var enterprise = await db.SocialEnterprises.AsNoTracking().Where(e => e.Id == id && e.DeletedAt == null)
            .FirstDetailAsync(db, cancellationToken);
        if (enterprise is null)
        {
            return null;
        }

        // The offer's own visibility only: the public rule also needs this enterprise to be public, which a draft is not yet.
        var offers = await db.Offers.AsNoTracking().PubliclyVisible(now)
            .Where(o => o.SocialEnterpriseId == id)
            .ByTitle().ToCards().ToListAsync(cancellationToken);
        offers.ForEach(offer => offer.ShowEnterprise = false);
        var examples = await db.Examples.AsNoTracking().PubliclyVisible(now)
            .Where(e => e.SocialEnterprises.Any(s => s.Id == id))
            .Newest().ToCards().ToListAsync(cancellationToken);

        var images = await db.LoadImagesAsync(
            offers.Select(o => o.ImageId).Concat(examples.Select(e => e.ImageId)).Append(enterprise.LogoId), cancellationToken);
        enterprise.Logo = images.Find(enterprise.LogoId);
        offers.ForEach(offer => offer.Image = images.Find(offer.ImageId));
        examples.ForEach(example => example.Image = images.Find(example.ImageId));
        enterprise.Offers = offers;
        enterprise.Examples = examples;
        return enterprise;
    }

    public static async Task<OfferDetailViewModel?> OfferPreviewAsync(this AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().Where(o => o.Id == id && o.DeletedAt == null)
            .ToDetail().AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            return null;
        }

        var images = await db.LoadImagesAsync(offer.GalleryImageIds.Select(imageId => (int?)imageId), cancellationToken);
        offer.Gallery = offer.GalleryImageIds.Select(imageId => images.Find(imageId)).OfType<ImageViewModel>().ToList();
        return offer;
    }
}
