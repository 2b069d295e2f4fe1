using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Offers;

namespace SozialProduziert.Web.Controllers;

[Route("angebote")]
public sealed class OffersController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 12;

    [HttpGet("")]
    [PublicPageCache(CacheTags.Offers, CacheTags.SocialEnterprises, CacheTags.FieldsOfWork, CacheTags.Districts)]
    public async Task<IActionResult> Index(OfferFilterInput filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var results = await db.Offers.AsNoTracking().PubliclyVisibleOffers(db.SocialEnterprises, now).Filtered(db, filter)
            .ToPageOfCardsAsync(db.Offers.AsNoTracking(), q => q.ByTitle(), q => q.ToCards(), PageNumber.Parse(filter.Page), PageSize, cancellationToken);
        var images = await db.LoadImagesAsync(results.Items.Select(c => c.ImageId), cancellationToken);
        foreach (var card in results.Items)
        {
            card.Image = images.Find(card.ImageId);
        }

        HttpContext.TagCachedImages(images.Values);

        return View(new OfferListViewModel
        {
            Filter = filter,
            Results = results,
            Kinds = FilterOptions.OfferKinds(),
            FieldsOfWork = await db.FieldsOfWorkAsync(cancellationToken),
            Districts = await db.DistrictsAsync(cancellationToken),
        });
    }

    [HttpGet("{slug}")]
    [PublicPageCache(CacheTags.FieldsOfWork, CacheTags.Districts)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var offer = await db.Offers.AsNoTracking().PubliclyVisibleOffersLookedUpOneByOne(db.SocialEnterprises, now).Where(o => o.Slug == slug)
            .ToDetail().AsSplitQuery().FirstOrDefaultAsync(cancellationToken);
        if (offer is null)
        {
            var current = await CurrentSlugAsync(slug, now, cancellationToken);
            return current is null ? NotFound() : RedirectToActionPermanent(nameof(Show), new { slug = current });
        }

        var images = await db.LoadImagesAsync(offer.GalleryImageIds.Select(id => (int?)id), cancellationToken);
        offer.Gallery = offer.GalleryImageIds.Select(id => images.Find(id)).OfType<ImageViewModel>().ToList();
        HttpContext.TagCachedPage(CacheTags.Item<Offer>(offer.Id));
        HttpContext.TagCachedImages(offer.Gallery);
        return View(offer);
    }

    /// <summary>
    /// The shared lookup only knows "public" per item; an offer also needs a public Sozialbetrieb,
    /// otherwise an old link would redirect to an address that then answers 404.
    /// </summary>
    private async Task<string?> CurrentSlugAsync(string oldSlug, DateTime now, CancellationToken cancellationToken)
    {
        var current = await db.CurrentSlugAsync<Offer>(oldSlug, now, cancellationToken);
        return current is not null && await db.Offers.AsNoTracking().PubliclyVisibleOffersLookedUpOneByOne(db.SocialEnterprises, now).AnyAsync(o => o.Slug == current, cancellationToken)
            ? current
            : null;
    }
}
