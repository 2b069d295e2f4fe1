using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.PartnerArea.ViewModels;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>The firm's showcase page exactly as it will be published (drafts included), and the firm's decision on it.</summary>
[Route("mein-bereich/auslage")]
public sealed class ShowcaseController(AppDbContext db, ShowcaseReviews reviews, UserManager<PortalUser> users, PageMetadata meta, TimeProvider clock) : PartnerAreaController
{
    /// <summary>The error of an empty change request, shown on the start page at its field after the redirect.</summary>
    public const string CommentErrorKey = "ShowcaseCommentError";

    [HttpGet("")]
    public async Task<IActionResult> Preview(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var model = await db.Partners.AsNoTracking().Where(p => p.Id == PartnerId).ToShowcase().FirstAsync(cancellationToken);
        await db.CompleteShowcaseAsync(model, now, cancellationToken);
        meta.PreviewNotice = "Vorschau Ihrer Auslage – so wird sie öffentlich aussehen. Freigeben oder Änderungen wünschen können Sie unter „Mein Bereich“.";
        return View("~/Views/Partners/Show.cshtml", model);
    }

    [HttpPost("freigeben")]
    public Task<IActionResult> Approve(ShowcaseDecisionInput input, CancellationToken cancellationToken) =>
        DecideAsync(input, ShowcaseDecision.Approved, cancellationToken);

    [HttpPost("aenderungen")]
    public Task<IActionResult> RequestChanges(ShowcaseDecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Comment))
        {
            // No #fragment: a browser that scrolls to a fragment skips autofocus, and the error summary must take the focus.
            TempData[CommentErrorKey] = "Bitte beschreiben Sie kurz, was wir an Ihrer Auslage ändern sollen.";
            return Task.FromResult<IActionResult>(LocalRedirect("/mein-bereich"));
        }

        return DecideAsync(input, ShowcaseDecision.ChangesRequested, cancellationToken);
    }

    private async Task<IActionResult> DecideAsync(ShowcaseDecisionInput input, ShowcaseDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var partner = await db.Partners.AsNoTracking().FirstAsync(p => p.Id == PartnerId, cancellationToken);
        var user = await users.GetUserAsync(User);
        if (!ModelState.IsValid || user is null)
        {
            return BadRequest();
        }

        var recorded = await reviews.DecideAsync(partner, input.Hash, decision, input.Comment, user.DisplayName, user.Id, null, cancellationToken);
        Flash(!recorded
            ? "Ihre Auslage wurde inzwischen geändert. Bitte sehen Sie sich die aktuelle Fassung an und entscheiden Sie dann erneut."
            : decision == ShowcaseDecision.Approved
                ? "Danke! Sie haben diese Fassung Ihrer Auslage freigegeben. Das Team von SoPro kann sie jetzt veröffentlichen."
                : "Danke! Ihre Änderungswünsche sind beim Team von SoPro angekommen.");
        return LocalRedirect("/mein-bereich");
    }
}
