using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// A partner's access to <c>/mein-bereich</c> and the approval of its showcase page: invite contact persons,
/// withdraw open invitations, record an approval the firm gave in writing, close change requests.
/// </summary>
[Route("admin/partner/{id:int}/zugang")]
public sealed class PartnerAccessController(
    AppDbContext db, PartnerInvitations invitations, ShowcaseReviews reviews, CurrentUser user, IOptions<SiteOptions> site, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, new PartnerInvitationInput(), new RecordedDecisionInput(), cancellationToken);

    [HttpPost("einladen")]
    public async Task<IActionResult> Invite(int id, [Bind(Prefix = nameof(PartnerAccessViewModel.Invite))] PartnerInvitationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            var normalized = input.Email.Trim().ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                ModelState.AddModelError("Invite.Email", "Für diese E-Mail-Adresse gibt es schon ein Konto. Ein Konto kann nur zu einer Firma gehören.");
            }
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(id, input, new RecordedDecisionInput(), cancellationToken);
        }

        await invitations.InviteAsync(partner, input.Email, input.Name, SiteUrls.BaseUrl(HttpContext, site.Value), cancellationToken);
        Flash($"Die Einladung an {input.Email.Trim()} ist im Postausgang. Der Link gilt einmal und einige Tage lang.");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("einladung/{invitationId:int}/zurueckziehen")]
    public async Task<IActionResult> Revoke(int id, int invitationId, CancellationToken cancellationToken)
    {
        Flash(await invitations.RevokeAsync(id, invitationId, cancellationToken)
            ? "Die Einladung ist zurückgezogen; ihr Link funktioniert nicht mehr."
            : "Diese Einladung ist nicht mehr offen.");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("freigabe-erfassen")]
    public async Task<IActionResult> RecordApproval(int id, [Bind(Prefix = nameof(PartnerAccessViewModel.Record))] RecordedDecisionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(id, new PartnerInvitationInput(), input, cancellationToken);
        }

        var recorded = await reviews.DecideAsync(partner, input.Hash, ShowcaseDecision.Approved, input.Note, input.DecidedByName.Trim(), null, user.Name, cancellationToken);
        Flash(recorded
            ? $"Die Freigabe durch {input.DecidedByName.Trim()} ist für Fassung {partner.Version} erfasst. Die Auslage kann jetzt veröffentlicht werden."
            : "Die Auslage wurde inzwischen geändert. Bitte prüfen Sie, ob die Freigabe der Firma für die aktuelle Fassung gilt, und erfassen Sie sie dann.");
        return RedirectToAction(nameof(Index), new { id });
    }

    [HttpPost("aenderungswunsch/{reviewId:int}/erledigt")]
    public async Task<IActionResult> Resolve(int id, int reviewId, CancellationToken cancellationToken)
    {
        Flash(await reviews.ResolveAsync(id, reviewId, cancellationToken)
            ? "Der Änderungswunsch ist als erledigt vermerkt. Die Firma sieht die neue Fassung in „Mein Bereich“ und kann sie freigeben."
            : "Dieser Änderungswunsch ist schon erledigt.");
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> PageAsync(int id, PartnerInvitationInput invite, RecordedDecisionInput record, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
        if (partner is null)
        {
            return NotFound();
        }

        var members = await db.PartnerMembers.AsNoTracking().Where(m => m.PartnerId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new PartnerMemberRow(u.DisplayName, u.Email ?? "", u.TwoFactorEnabled, m.CreatedAt))
            .ToListAsync(cancellationToken);
        var invitationRows = await db.PartnerInvitations.AsNoTracking().Where(i => i.PartnerId == id).OrderByDescending(i => i.CreatedAt)
            .Select(i => new PartnerInvitationRow(i.Id, i.Name, i.Email, i.CreatedAt, i.ExpiresAt, i.UsedAt, i.RevokedAt, i.InvitedBy))
            .ToListAsync(cancellationToken);
        var status = await reviews.StatusAsync(partner, cancellationToken);
        record.Hash = status.CurrentHash;
        return View("~/Areas/Admin/Views/PartnerArea/Access.cshtml", new PartnerAccessViewModel
        {
            PartnerId = id,
            PartnerName = partner.Name,
            Now = clock.GetUtcNow().UtcDateTime,
            Members = members,
            Invitations = invitationRows,
            Review = status,
            Invite = invite,
            Record = record,
        });
    }
}
