using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Home;

namespace SozialProduziert.Web.Controllers;

public sealed class HomeController(AppDbContext db, TimeProvider clock) : Controller
{
    private const int LatestCount = 6;

    [HttpGet("/")]
    [PublicPageCache(CacheTags.Examples, CacheTags.SocialEnterprises, CacheTags.Offers, CacheTags.Partners)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var examples = db.Examples.AsNoTracking().PubliclyVisible(now);
        var latest = await examples.OrderByDescending(e => e.PublishAt).ThenByDescending(e => e.Id)
            .Take(LatestCount).ToCards().ToListAsync(cancellationToken);
        var images = await db.LoadImagesAsync(latest.Select(c => c.ImageId), cancellationToken);
        latest.ForEach(card => card.Image = images.Find(card.ImageId));
        HttpContext.TagCachedImages(images.Values);

        var impact = await examples
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Kg = g.Sum(e => (long?)e.MaterialReusedKg) ?? 0,
                Hours = g.Sum(e => (long?)e.ProgrammeWorkHours) ?? 0,
                People = g.Sum(e => (long?)e.PeopleEmployed) ?? 0,
            })
            .SingleOrDefaultAsync(cancellationToken); // one group at most; First would make EF warn of an unordered query

        var figures = new KeyFiguresViewModel(
            await examples.CountAsync(cancellationToken),
            await db.SocialEnterprises.AsNoTracking().PubliclyVisible(now).CountAsync(cancellationToken),
            await db.Offers.AsNoTracking().PubliclyVisibleOffersToCount(db.SocialEnterprises, now).CountAsync(cancellationToken),
            await db.Partners.AsNoTracking().PubliclyVisible(now).CountAsync(cancellationToken),
            impact?.Kg ?? 0,
            impact?.Hours ?? 0,
            impact?.People ?? 0);

        return View(new HomeViewModel { LatestExamples = latest, Figures = figures });
    }
}
