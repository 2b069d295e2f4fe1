using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Partners;

namespace SozialProduziert.Web.Controllers;

/// <summary>The "virtuelle Auslage": participating companies, public buyers and municipalities.</summary>
[Route("auslage")]
public sealed class PartnersController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 12;

    [HttpGet("")]
    [PublicPageCache(CacheTags.Partners, CacheTags.Districts)]
    public async Task<IActionResult> Index(PartnerFilterInput filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var results = await db.Partners.AsNoTracking().PubliclyVisible(now).Filtered(filter)
            .ToPageOfCardsAsync(db.Partners.AsNoTracking(), q => q.ByName(), q => q.ToCards(), PageNumber.Parse(filter.Page), PageSize, cancellationToken);
        var logos = await db.LoadImagesAsync(results.Items.Select(c => c.LogoId), cancellationToken);
        foreach (var card in results.Items)
        {
            card.Logo = logos.Find(card.LogoId);
        }

        HttpContext.TagCachedImages(logos.Values);

        return View(new PartnerListViewModel
        {
            Filter = filter,
            Results = results,
            Kinds = PartnerKinds.Options(),
            Districts = await db.PartnerDistrictsAsync(now, cancellationToken),
        });
    }

    [HttpGet("{slug}")]
    [PublicPageCache(CacheTags.Districts, CacheTags.Programmes)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var partner = await db.Partners.AsNoTracking().PubliclyVisible(now).Where(p => p.Slug == slug)
            .ToShowcase().FirstOrDefaultAsync(cancellationToken);
        if (partner is null)
        {
            var current = await db.CurrentSlugAsync<Partner>(slug, now, cancellationToken);
            return current is null ? NotFound() : RedirectToActionPermanent(nameof(Show), new { slug = current });
        }

        await db.CompleteShowcaseAsync(partner, now, cancellationToken);
        HttpContext.TagCachedPage(CacheTags.Item<Partner>(partner.Id));
        HttpContext.TagCachedImages(partner.Examples.Select(e => e.Image).Append(partner.Logo));
        return View(partner);
    }
}
