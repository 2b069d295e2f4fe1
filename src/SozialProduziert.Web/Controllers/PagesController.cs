using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Pages;

namespace SozialProduziert.Web.Controllers;

/// <summary>
/// The editorial pages the navigation and footer link to ("Mitmachen" is shown with its registration form by
/// JoinInController). One fixed route each rather than a catch-all
/// "/{slug}", which would shadow every other top-level route and answer for slugs nobody links to.
/// </summary>
public sealed class PagesController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/ueber-sopro")]
    [PublicPageCache]
    public Task<IActionResult> About(CancellationToken cancellationToken) =>
        ShowAsync(PageSlugs.About, "ueber", cancellationToken);

    [HttpGet("/impressum")]
    [PublicPageCache]
    public Task<IActionResult> Imprint(CancellationToken cancellationToken) =>
        ShowAsync(PageSlugs.Imprint, null, cancellationToken);

    [HttpGet("/datenschutz")]
    [PublicPageCache]
    public Task<IActionResult> Privacy(CancellationToken cancellationToken) =>
        ShowAsync(PageSlugs.Privacy, null, cancellationToken);

    [HttpGet("/barrierefreiheit")]
    [PublicPageCache]
    public Task<IActionResult> Accessibility(CancellationToken cancellationToken) =>
        ShowAsync(PageSlugs.Accessibility, null, cancellationToken);

    private async Task<IActionResult> ShowAsync(string slug, string? section, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var model = await db.Pages.AsNoTracking().PubliclyVisible(now)
            .Where(p => p.Slug == slug)
            .Select(p => new PageViewModel
            {
                Id = p.Id,
                Slug = p.Slug,
                Title = p.Title,
                MetaDescription = p.MetaDescription,
                BodyMarkdown = p.BodyMarkdown,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        HttpContext.TagCachedPage(CacheTags.Item<Page>(model.Id));
        model.Section = section;
        return View("Show", model);
    }
}
