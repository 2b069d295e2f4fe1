using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Examples;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Controllers;

[Route("praxisbeispiele")]
public sealed class ExamplesController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 12;

    [HttpGet("")]
    [PublicPageCache(CacheTags.Examples, CacheTags.FieldsOfWork, CacheTags.Districts)]
    public async Task<IActionResult> Index(ExampleFilterInput filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrEmpty(filter.District))
        {
            // The district filter goes by where an example's partners and Sozialbetriebe are based.
            HttpContext.TagCachedPage(CacheTags.Partners, CacheTags.SocialEnterprises);
        }

        var results = await db.Examples.AsNoTracking().PubliclyVisible(now).Filtered(db, filter, now)
            .ToPageOfCardsAsync(db.Examples.AsNoTracking(), q => q.Newest(), q => q.ToCards(), PageNumber.Parse(filter.Page), PageSize, cancellationToken);
        await AttachImagesAsync(results.Items, cancellationToken);

        return View(new ExampleListViewModel
        {
            Filter = filter,
            Results = results,
            OutputTypes = FilterOptions.OutputTypes(),
            FieldsOfWork = await db.FieldsOfWorkAsync(cancellationToken),
            Districts = await db.DistrictsAsync(cancellationToken),
            Years = await YearsAsync(now, cancellationToken),
        });
    }

    [HttpGet("{slug}")]
    [PublicPageCache(CacheTags.FieldsOfWork)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsWellFormed(slug))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var example = await db.PublicExampleDetailAsync(slug, now, cancellationToken);
        if (example is null)
        {
            var current = await db.CurrentSlugAsync<BestPracticeExample>(slug, now, cancellationToken);
            return current is null ? NotFound() : RedirectToActionPermanent(nameof(Show), new { slug = current });
        }

        var images = await db.LoadImagesAsync(example.GalleryImageIds.Select(id => (int?)id), cancellationToken);
        example.Gallery = example.GalleryImageIds.Select(id => images.Find(id)).OfType<ImageViewModel>().ToList();
        HttpContext.TagCachedPage(CacheTags.Item<BestPracticeExample>(example.Id));
        HttpContext.TagCachedImages(example.Gallery);
        return View(example);
    }

    private async Task AttachImagesAsync(IReadOnlyList<ExampleCardViewModel> cards, CancellationToken cancellationToken)
    {
        var images = await db.LoadImagesAsync(cards.Select(c => c.ImageId), cancellationToken);
        foreach (var card in cards)
        {
            card.Image = images.Find(card.ImageId);
        }

        HttpContext.TagCachedImages(images.Values);
    }

    private async Task<IReadOnlyList<int>> YearsAsync(DateTime now, CancellationToken cancellationToken)
    {
        var first = await db.Examples.AsNoTracking().PubliclyVisible(now).MinAsync(e => (int?)e.YearFrom, cancellationToken);
        return first is null ? [] : Enumerable.Range(first.Value, now.Year - first.Value + 1).Reverse().ToList();
    }
}
