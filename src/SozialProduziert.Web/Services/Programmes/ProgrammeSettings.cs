using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// Saves a programme's settings under the queue lock: more or fewer places move firms between places and waitlist,
/// and each of them is mailed, as when a firm withdraws.
/// </summary>
public sealed class ProgrammeSettings(AppDbContext db, ProgrammeQueueLock queueLock, RegistrationMails mails, AuditLog audit, TimeProvider clock)
{
    /// <summary>Applies <paramref name="apply"/> to the stored programme; false when it does not exist.</summary>
    public async Task<bool> SaveAsync(int programmeId, Action<Programme> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apply);
        var saved = await queueLock.RunAsync(programmeId, async (snapshot, ct) =>
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == programmeId, ct);
            var queue = await QueueUpdate.LoadAsync(db, snapshot, ct);
            apply(programme);
            var moved = queue.Apply(_ => { }, null, clock.GetUtcNow().UtcDateTime, programme.Places);
            var notified = mails.Changes(moved, programme, QueueChangeReason.PlacesChanged);
            audit.Add(
                AuditAction.ProgrammeSaved,
                $"„{programme.Name}“ bearbeitet: {programme.Places} Plätze, Anmeldung {RegistrationPeriod.Describe(programme.RegistrationOpensAt, programme.RegistrationClosesAt)}"
                    + (moved.Count > 0 ? $"; {moved.Count} Betriebe in der Reihung verschoben, {notified} verständigt." : "."),
                nameof(Programme),
                programme.Id);
            await db.SaveChangesAsync(ct);
            return programme;
        }, cancellationToken);
        return saved is not null;
    }
}
