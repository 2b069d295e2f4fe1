using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>How a confirmation links the firm's partner record: an existing partner, or a new draft.</summary>
public sealed record PartnerChoice(int? ExistingPartnerId);

public sealed record StatusChangeResult(string? Error, int Notified = 0)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// What staff may do with a registration, step by step. Selected and waitlisted are never set by hand: the queue
/// gives them. A place that becomes free goes to the first on the waitlist, who is mailed.
/// </summary>
public sealed class RegistrationStatusChanges(AppDbContext db, ProgrammeQueueLock queueLock, RegistrationMails mails, AuditLog audit, ConfirmedPartners partners, TimeProvider clock)
{
    public static IReadOnlyList<RegistrationStatus> NextSteps(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Received or RegistrationStatus.Waitlisted => [RegistrationStatus.Withdrawn, RegistrationStatus.Invalid],
        RegistrationStatus.Selected => [RegistrationStatus.Confirmed, RegistrationStatus.Withdrawn, RegistrationStatus.Invalid],
        RegistrationStatus.Confirmed => [RegistrationStatus.InConsulting, RegistrationStatus.Withdrawn, RegistrationStatus.Invalid],
        RegistrationStatus.InConsulting => [RegistrationStatus.Completed, RegistrationStatus.Withdrawn],
        RegistrationStatus.Completed => [RegistrationStatus.InConsulting],

        // Taken back into the queue, which decides again between a place and the waitlist.
        RegistrationStatus.Withdrawn or RegistrationStatus.Invalid => [RegistrationStatus.Received],
        _ => [],
    };

    public async Task<StatusChangeResult> ChangeAsync(
        int registrationId, RegistrationStatus target, DateOnly? confirmedOn, PartnerChoice? partner, CancellationToken cancellationToken)
    {
        var programmeId = await db.InterestRegistrations.Where(r => r.Id == registrationId).Select(r => (int?)r.ProgrammeId).FirstOrDefaultAsync(cancellationToken);
        if (programmeId is null)
        {
            return new StatusChangeResult("Diese Interessensbekundung gibt es nicht.");
        }

        return await queueLock.RunAsync(programmeId.Value, (programme, ct) => ChangeLockedAsync(programme, registrationId, target, confirmedOn, partner, ct), cancellationToken)
            ?? new StatusChangeResult("Das Programm gibt es nicht mehr.");
    }

    private async Task<StatusChangeResult> ChangeLockedAsync(
        Programme programme, int registrationId, RegistrationStatus target, DateOnly? confirmedOn, PartnerChoice? partner, CancellationToken cancellationToken)
    {
        var queue = await QueueUpdate.LoadAsync(db, programme, cancellationToken);
        var registration = queue.Registrations.Single(r => r.Id == registrationId);
        var from = registration.Status;
        if (!NextSteps(from).Contains(target))
        {
            return new StatusChangeResult($"Eine Interessensbekundung mit dem Status „{from.Label()}“ kann nicht auf „{target.Label()}“ gesetzt werden.");
        }

        if (target == RegistrationStatus.Confirmed && confirmedOn is null)
        {
            return new StatusChangeResult("Bitte geben Sie das Datum der Zusage durch das Land an.");
        }

        if (target == RegistrationStatus.Confirmed && partner?.ExistingPartnerId is { } partnerId
            && !await db.Partners.AnyAsync(p => p.Id == partnerId && p.DeletedAt == null, cancellationToken))
        {
            return new StatusChangeResult("Den gewählten Partner gibt es nicht (mehr). Bitte wählen Sie einen anderen oder legen Sie einen neuen an.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var moved = queue.Apply(_ =>
        {
            registration.Status = target;
            registration.StatusChangedAt = now;
        }, registration, now);
        if (target == RegistrationStatus.Confirmed)
        {
            registration.ConfirmedOn = confirmedOn;
            var error = await partners.LinkAsync(registration, programme, partner?.ExistingPartnerId, cancellationToken);
            if (error is not null)
            {
                return new StatusChangeResult(error);
            }
        }

        var reason = target == RegistrationStatus.Received ? QueueChangeReason.Reinstated : QueueChangeReason.PlaceFreed;
        var notified = mails.Changes(moved, programme, reason);
        var after = queue.PositionOf(registration);
        audit.Add(
            target == RegistrationStatus.Confirmed ? AuditAction.RegistrationConfirmed : AuditAction.RegistrationStatusChanged,
            $"Nr. {registration.ArrivalNumber}: {from.Label()} → {after.Status.Label()}"
                + (confirmedOn is { } day && target == RegistrationStatus.Confirmed ? $" (Zusage vom {day:dd.MM.yyyy})" : "")
                + (moved.Count > 0 ? $"; {moved.Count} Betriebe in der Reihung verschoben, {notified} verständigt." : "."),
            nameof(InterestRegistration),
            registration.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new StatusChangeResult(null, notified);
    }
}
