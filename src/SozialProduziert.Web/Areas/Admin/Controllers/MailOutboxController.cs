using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Mail;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Mail;
using SozialProduziert.Web.Services.Privacy;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// "Post": the outbox for staff. Everyone sees what waits, failed or went out; Administrators read single mails
/// and send failed ones again.
/// </summary>
[Route("admin/post")]
public sealed class MailOutboxController(AppDbContext db, IMailTransport transport, AuditLog audit, IAuthorizationService authorization, TimeProvider clock) : AdminController
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxFilterInput filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.OutboxMails.AsNoTracking();
        if (filter.State is { } state)
        {
            query = query.Where(m => m.State == state);
        }

        var results = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(m => new OutboxRow(m.Id, m.CreatedAt, m.Purpose, m.ToAddress, m.Subject, m.State, m.Attempts, m.NextAttemptAt, m.SentAt, m.LastError))
            .ToPageAsync(filter.PageNumber, PageSize, cancellationToken);
        var counts = await db.OutboxMails.AsNoTracking().GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return View(new OutboxListViewModel { Filter = filter, Results = results, Counts = counts, Transport = transport.Description, CanResend = await IsAdministratorAsync() });
    }

    [HttpGet("{id:long}")]
    [Authorize(Policy = Policies.Administrator)]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken)
    {
        var mail = await db.OutboxMails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null)
        {
            return NotFound();
        }

        return View(new OutboxMailViewModel
        {
            Mail = new OutboxRow(mail.Id, mail.CreatedAt, mail.Purpose, mail.ToAddress, mail.Subject, mail.State, mail.Attempts, mail.NextAttemptAt, mail.SentAt, mail.LastError),
            ToName = mail.ToName,
            TextBody = MailPurposes.IsSecret(mail.Purpose) ? null : mail.TextBody,
            CanResend = CanResend(mail),
        });
    }

    /// <summary>A failed mail gets a fresh round of attempts; the dispatcher picks it up on its next pass.</summary>
    [HttpPost("{id:long}/erneut-senden")]
    [Authorize(Policy = Policies.Administrator)]
    public async Task<IActionResult> Resend(long id, CancellationToken cancellationToken)
    {
        var mail = await db.OutboxMails.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mail is null)
        {
            return NotFound();
        }

        if (!CanResend(mail))
        {
            Flash("Nur fehlgeschlagene E-Mails mit Empfänger können erneut gesendet werden.");
            return RedirectToAction(nameof(Show), new { id });
        }

        // Conditional, so a double click or a second Administrator does not queue it twice.
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = await db.OutboxMails.Where(m => m.Id == id && m.State == OutboxMailState.Failed)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, OutboxMailState.Pending).SetProperty(x => x.Attempts, 0).SetProperty(x => x.NextAttemptAt, now), cancellationToken);
        if (queued == 1)
        {
            audit.Add(AuditAction.MailResent, $"„{mail.Subject}“ ({MailPurposes.Label(mail.Purpose)})", nameof(OutboxMail), checked((int)id));
            await db.SaveChangesAsync(cancellationToken);
        }

        Flash("Die E-Mail wird in Kürze erneut gesendet.");
        return RedirectToAction(nameof(Index), new { status = "wartend" });
    }

    private static bool CanResend(OutboxMail mail) => mail.State == OutboxMailState.Failed && mail.ToAddress != PersonalData.AnonymisedAddress;

    private async Task<bool> IsAdministratorAsync() => (await authorization.AuthorizeAsync(User, Policies.Administrator)).Succeeded;
}
