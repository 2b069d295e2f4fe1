using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>The outcome of a staff action on an inquiry: a German sentence for the next page.</summary>
public sealed record InquiryActionResult(bool Succeeded, string Message);

/// <summary>
/// What staff do with an inquiry: move it through the brokering steps, note things, assign Sozialbetriebe. Closing
/// it sends the requester the follow-up with a single-use link, once. Every step is audited.
/// </summary>
public sealed class InquiryWorkflow(AppDbContext db, AuditLog audit, CurrentUser user, MailOutbox outbox, MailLinks links, TimeProvider clock)
{
    private const string ChangedMeanwhile = "Jemand anderer hat die Anfrage gerade geändert; Ihre Änderung wurde nicht gespeichert. Bitte prüfen Sie den neuen Stand.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <param name="expected">The status the staff member saw; a different one means someone else moved it meanwhile.</param>
    public async Task<InquiryActionResult> ChangeStatusAsync(Inquiry inquiry, InquiryStatus expected, InquiryStatus target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        if (inquiry.Status != expected)
        {
            return new(false, $"Die Anfrage steht inzwischen auf „{inquiry.Status.Label()}“ – jemand anderer hat sie geändert. Bitte prüfen Sie den neuen Stand.");
        }

        if (!InquiryStatusFlow.CanMove(inquiry.Status, target))
        {
            return new(false, $"Von „{inquiry.Status.Label()}“ geht es nicht direkt zu „{target.Label()}“.");
        }

        var from = inquiry.Status;
        inquiry.Status = target;
        inquiry.StatusChangedAt = Now;
        var followUp = target == InquiryStatus.Closed && inquiry.FollowUpSentAt is null && inquiry.AnonymisedAt is null;
        if (followUp)
        {
            var (token, hash) = FollowUpTokens.Create();
            inquiry.FollowUpTokenHash = hash;
            inquiry.FollowUpSentAt = Now;
            outbox.Enqueue(InquiryMails.FollowUp(inquiry, links.To($"/rueckmeldung?code={token}")));
        }

        audit.Add(AuditAction.InquiryStatusChanged, $"Nr. {inquiry.Id}: {from.Label()} → {target.Label()}", nameof(Inquiry), inquiry.Id);
        if (!await TrySaveAsync(cancellationToken))
        {
            return new(false, ChangedMeanwhile);
        }

        return new(true, followUp
            ? $"Die Anfrage ist abgeschlossen. Die anfragende Person erhält eine kurze Rückfrage, ob ein Auftrag zustande gekommen ist."
            : $"Die Anfrage steht jetzt auf „{target.Label()}“.");
    }

    public async Task AddNoteAsync(Inquiry inquiry, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        db.InquiryNotes.Add(new InquiryNote { InquiryId = inquiry.Id, At = Now, Author = user.Name, Text = text.Trim() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Assigns a Sozialbetrieb; the first assignment of a new inquiry puts it "In Vermittlung".</summary>
    public async Task<InquiryActionResult> AssignAsync(Inquiry inquiry, int socialEnterpriseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var enterprise = await db.SocialEnterprises.Where(e => e.Id == socialEnterpriseId && e.DeletedAt == null)
            .Select(e => new { e.Id, e.Name }).FirstOrDefaultAsync(cancellationToken);
        if (enterprise is null)
        {
            return new(false, "Diesen Sozialbetrieb gibt es nicht mehr. Bitte wählen Sie einen aus der Liste.");
        }

        if (inquiry.Assignments.Any(a => a.SocialEnterpriseId == enterprise.Id))
        {
            return new(true, $"Die Anfrage ist „{enterprise.Name}“ bereits zugewiesen.");
        }

        inquiry.Assignments.Add(new InquiryAssignment { SocialEnterpriseId = enterprise.Id, AssignedAt = Now, AssignedBy = user.Name });
        var started = inquiry.Status == InquiryStatus.New;
        if (started)
        {
            inquiry.Status = InquiryStatus.Brokering;
            inquiry.StatusChangedAt = Now;
        }

        audit.Add(AuditAction.InquiryAssigned, $"Nr. {inquiry.Id} → {enterprise.Name}{(started ? "; Status: In Vermittlung" : "")}", nameof(Inquiry), inquiry.Id);
        if (!await TrySaveAsync(cancellationToken))
        {
            return new(false, ChangedMeanwhile);
        }

        return new(true, $"Die Anfrage ist jetzt „{enterprise.Name}“ zugewiesen{(started ? " und in Vermittlung" : "")}.");
    }

    public async Task<InquiryActionResult> UnassignAsync(Inquiry inquiry, int socialEnterpriseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var assignment = inquiry.Assignments.FirstOrDefault(a => a.SocialEnterpriseId == socialEnterpriseId);
        if (assignment is null)
        {
            return new(true, "Diese Zuweisung besteht nicht mehr.");
        }

        var name = await db.SocialEnterprises.Where(e => e.Id == socialEnterpriseId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken) ?? "Sozialbetrieb";
        inquiry.Assignments.Remove(assignment);
        audit.Add(AuditAction.InquiryUnassigned, $"Nr. {inquiry.Id}: {name}", nameof(Inquiry), inquiry.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Die Zuweisung an „{name}“ ist entfernt.");
    }

    /// <summary>False when someone else changed the inquiry's status since it was loaded (nothing is saved then, no mail either).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
