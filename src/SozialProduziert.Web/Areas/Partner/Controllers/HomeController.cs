using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.PartnerArea.ViewModels;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>The firm's start page: its showcase page and where its review stands, its examples, figures and reports.</summary>
[Route("mein-bereich")]
public sealed class HomeController(AppDbContext db, ShowcaseReviews reviews, TimeProvider clock) : PartnerAreaController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (TempData[ShowcaseController.CommentErrorKey] is string commentError)
        {
            ModelState.AddModelError(nameof(ShowcaseDecisionInput.Comment), commentError);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var partner = await db.Partners.AsNoTracking().FirstAsync(p => p.Id == PartnerId, cancellationToken);
        var examples = await db.Examples.AsNoTracking()
            .Where(e => e.DeletedAt == null && e.Partners.Any(p => p.Id == PartnerId))
            .OrderByDescending(e => e.YearFrom).ThenBy(e => e.SortName)
            .Select(e => new { e.Title, e.Slug, e.State, e.PublishAt, e.DeletedAt, Figures = db.ImpactFigures.Count(f => f.ExampleId == e.Id && f.PartnerId == PartnerId) })
            .ToListAsync(cancellationToken);
        var figures = await db.ImpactFigures.AsNoTracking().Where(f => f.PartnerId == PartnerId)
            .Select(f => new { f.Year, Confirmed = f.PartnerConfirmedAt != null }).ToListAsync(cancellationToken);

        return View(new PartnerHomeViewModel
        {
            PartnerName = partner.Name,
            Slug = partner.Slug,
            State = partner.State,
            IsPublic = partner.IsPubliclyVisible(now),
            Review = await reviews.StatusAsync(partner, cancellationToken),
            Examples = examples.Select(e => new PartnerExampleRow(e.Title, e.State,
                e.State == PublishState.Published && e.PublishAt <= now ? "/praxisbeispiele/" + e.Slug : null, e.Figures)).ToList(),
            FigureCount = figures.Count,
            FiguresAwaitingUs = figures.Count(f => !f.Confirmed),
            ReportYears = figures.Select(f => f.Year).Append(now.Year).Append(now.Year - 1).Distinct().OrderDescending().ToList(),
            Registrations = await db.PartnerRegistrationsAsync(PartnerId, cancellationToken),
            Inquiries = await db.PartnerInquiriesAsync(PartnerId, cancellationToken),
            Decision = new ShowcaseDecisionInput { Hash = ShowcaseFingerprint.Of(partner) },
        });
    }
}
