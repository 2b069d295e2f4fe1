using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Inquiries;
using SozialProduziert.Web.ViewModels.Inquiries;

namespace SozialProduziert.Web.Controllers;

/// <summary>
/// "Anfrage senden": the form behind the link on every Sozialbetrieb and offer page. It is a page of its own, so the
/// (cached) detail pages carry no anti-forgery token.
/// </summary>
[Route("anfrage")]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class InquiriesController(AppDbContext db, InquiryIntake intake, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Create([FromQuery] string? sozialbetrieb, [FromQuery] string? angebot, CancellationToken cancellationToken)
    {
        if (sozialbetrieb is null && angebot is null)
        {
            // Without a Sozialbetrieb the right form is the need report, where KOMUNITAS finds one.
            return RedirectToAction("Create", "Needs");
        }

        var target = await TargetAsync(sozialbetrieb, angebot, cancellationToken);
        return target is null ? NotFound() : View(new RequestFormViewModel { Input = new RequestInput(), Target = target });
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([FromQuery] string? sozialbetrieb, [FromQuery] string? angebot, RequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var target = await TargetAsync(sozialbetrieb, angebot, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        if (Honeypot.IsTripped(Request))
        {
            return RedirectToAction(nameof(Thanks));
        }

        if (!ModelState.IsValid)
        {
            return View(new RequestFormViewModel { Input = input, Target = target });
        }

        await intake.SubmitAsync(input.ToInquiry(target), cancellationToken);
        return RedirectToAction(nameof(Thanks));
    }

    [HttpGet("danke")]
    public IActionResult Thanks() => View();

    /// <summary>A publicly visible offer (with its Sozialbetrieb) or Sozialbetrieb; null for anything else.</summary>
    private async Task<RequestTarget?> TargetAsync(string? enterpriseSlug, string? offerSlug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (offerSlug is not null)
        {
            return !Slug.IsWellFormed(offerSlug) ? null : await db.Offers.AsNoTracking().PubliclyVisibleOffersLookedUpOneByOne(db.SocialEnterprises, now)
                .Where(o => o.Slug == offerSlug)
                .Select(o => new RequestTarget(o.SocialEnterpriseId, o.Id, o.SocialEnterprise!.Name, o.Title, "/anfrage?angebot=" + o.Slug, "/angebote/" + o.Slug))
                .FirstOrDefaultAsync(cancellationToken);
        }

        return !Slug.IsWellFormed(enterpriseSlug) ? null : await db.SocialEnterprises.AsNoTracking().PubliclyVisible(now)
            .Where(e => e.Slug == enterpriseSlug)
            .Select(e => new RequestTarget(e.Id, null, e.Name, null, "/anfrage?sozialbetrieb=" + e.Slug, "/sozialbetriebe/" + e.Slug))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
