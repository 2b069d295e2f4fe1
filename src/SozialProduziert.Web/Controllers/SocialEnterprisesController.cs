using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.SocialEnterprises;

namespace SozialProduziert.Web.Controllers;

[Route("sozialbetriebe")]
public sealed class SocialEnterprisesController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 12;

    [HttpGet("")]
    [PublicPageCache(CacheTags.SocialEnterprises, CacheTags.FieldsOfWork, CacheTags.Districts, CacheTags.QualityMarks)]
    public async Task<IActionResult> Index(SocialEnterpriseFilterInput filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var results = await db.SocialEnterprises.AsNoTracking().PubliclyVisible(now).Filtered(db, filter)
            .ToPageOfCardsAsync(db.SocialEnterprises.AsNoTracking(), q => q.ByName(), q => q.ToCards(), PageNumber.Parse(filter.Page), PageSize, cancellationToken);
        var logos = await db.LoadImagesAsync(results.Items.Select(c => c.LogoId), cancellationToken);
        foreach (var card in results.Items)
        {
            card.Logo = logos.Find(card.LogoId);
        }

        HttpContext.TagCachedImages(logos.Values);

        return View(new SocialEnterpriseListViewModel
        {
            Filter = filter,
            Results = results,
            Districts = await db.DistrictsAsync(cancellationToken),
            FieldsOfWork = await db.FieldsOfWorkAsync(cancellationToken),
            Segments = SegmentChoice.Options(),
            QualityMarks = await db.QualityMarksAsync(cancellationToken),
        });
    }

    [HttpGet("{slug}")]
    [PublicPageCache(CacheTags.FieldsOfWork, CacheTags.Districts, CacheTags.QualityMarks)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enterprise = await db.PublicDetailAsync(slug, now, cancellationToken);
        if (enterprise is null)
        {
            var current = await db.CurrentSlugAsync<SocialEnterprise>(slug, now, cancellationToken);
            return current is null ? NotFound() : RedirectToActionPermanent(nameof(Show), new { slug = current });
        }

        var offers = await db.PublicOfferCardsOfAsync(enterprise.Id, now, cancellationToken);
        offers.ForEach(offer => offer.ShowEnterprise = false);
        var examples = await db.PublicExampleCardsOfAsync(enterprise.Id, now, cancellationToken);

        // One lookup for the logo and every card image on the page.
        var images = await db.LoadImagesAsync(
            offers.Select(o => o.ImageId).Concat(examples.Select(e => e.ImageId)).Append(enterprise.LogoId), cancellationToken);
        enterprise.Logo = images.Find(enterprise.LogoId);
        offers.ForEach(offer => offer.Image = images.Find(offer.ImageId));
        examples.ForEach(example => example.Image = images.Find(example.ImageId));
        HttpContext.TagCachedPage(CacheTags.Item<SocialEnterprise>(enterprise.Id));
        HttpContext.TagCachedImages(images.Values);
        enterprise.Offers = offers;
        enterprise.Examples = examples;
        return View(enterprise);
    }
}
