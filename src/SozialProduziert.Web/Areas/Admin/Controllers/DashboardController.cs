using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

[Route("admin")]
public sealed class DashboardController(AppDbContext db) : AdminController
{
    private const int RecentCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var recent = await db.ContentRevisions.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(RecentCount)
            .Select(r => new RecentChangeViewModel(r.ContentType, r.ContentId, r.Action, r.UserName, r.CreatedAt))
            .ToListAsync(cancellationToken);

        return View(new DashboardViewModel
        {
            Examples = await db.Examples.CountAsync(e => e.DeletedAt == null, cancellationToken),
            SocialEnterprises = await db.SocialEnterprises.CountAsync(e => e.DeletedAt == null, cancellationToken),
            Offers = await db.Offers.CountAsync(e => e.DeletedAt == null, cancellationToken),
            Partners = await db.Partners.CountAsync(e => e.DeletedAt == null, cancellationToken),
            Drafts = await db.Examples.CountAsync(e => e.DeletedAt == null && e.State == PublishState.Draft, cancellationToken),
            RecentChanges = recent,
            OpenShowcaseReviews = (await Services.PartnerArea.ShowcaseReviewInbox.OpenAsync(db, cancellationToken)).Count,
        });
    }
}
