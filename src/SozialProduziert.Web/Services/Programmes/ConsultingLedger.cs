using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>The facts of one consulting session as staff enter them.</summary>
public sealed record ConsultingDetails(DateOnly Date, string Consultant, ConsultingKind Kind, int Minutes, string Topic, string? Idea);

/// <summary>
/// Adds, changes and removes consulting entries within the programme's allowance, each with an audit entry.
/// The check runs in a serialisable transaction, so two staff members booking at once cannot exceed it together.
/// </summary>
public sealed class ConsultingLedger(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public static bool CanBook(RegistrationStatus status) => status.IsConfirmed();

    /// <summary>Null when saved; otherwise the German reason (nothing was saved).</summary>
    public Task<string?> AddAsync(int registrationId, ConsultingDetails details, CancellationToken cancellationToken) =>
        SaveAsync(registrationId, null, details, cancellationToken);

    public Task<string?> UpdateAsync(int entryId, ConsultingDetails details, CancellationToken cancellationToken) =>
        SaveAsync(null, entryId, details, cancellationToken);

    public async Task<bool> DeleteAsync(int entryId, CancellationToken cancellationToken)
    {
        var entry = await db.ConsultingEntries.Include(e => e.Registration).FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        db.ConsultingEntries.Remove(entry);
        audit.Add(AuditAction.ConsultingEntryDeleted, $"Nr. {entry.Registration!.ArrivalNumber}: {Describe(entry)} gelöscht.", nameof(InterestRegistration), entry.RegistrationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<string?> SaveAsync(int? registrationId, int? entryId, ConsultingDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Minutes <= 0 || details.Minutes % ConsultingEntry.StepMinutes != 0)
        {
            return "Die Dauer muss in Schritten von 15 Minuten angegeben werden.";
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct);
            var entry = entryId is null ? null : await db.ConsultingEntries.FirstOrDefaultAsync(e => e.Id == entryId, ct);
            var id = entry?.RegistrationId ?? registrationId;
            var registration = await db.InterestRegistrations.Include(r => r.Programme).Include(r => r.ConsultingEntries)
                .FirstOrDefaultAsync(r => r.Id == id, ct);
            if (registration is null || (entryId is not null && entry is null))
            {
                return "Diesen Eintrag gibt es nicht (mehr).";
            }

            if (!CanBook(registration.Status))
            {
                return "Beratungen können erst eingetragen werden, wenn die Teilnahme zugesagt ist.";
            }

            var refusal = ConsultingBudget.For(registration.Programme!, registration.ConsultingEntries).Without(entry).Refusal(details.Kind, details.Minutes);
            if (refusal is not null)
            {
                return refusal;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (entry is null)
            {
                entry = new ConsultingEntry { RegistrationId = registration.Id, CreatedAt = now };
                db.ConsultingEntries.Add(entry);
            }

            var before = entryId is null ? null : Describe(entry);
            Apply(entry, details, now);
            audit.Add(
                before is null ? AuditAction.ConsultingEntryAdded : AuditAction.ConsultingEntryChanged,
                before is null ? $"Nr. {registration.ArrivalNumber}: {Describe(entry)}" : $"Nr. {registration.ArrivalNumber}: {before} → {Describe(entry)}",
                nameof(InterestRegistration),
                registration.Id);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }, cancellationToken);
    }

    private static void Apply(ConsultingEntry entry, ConsultingDetails details, DateTime now)
    {
        entry.Date = details.Date;
        entry.Consultant = details.Consultant.Trim();
        entry.Kind = details.Kind;
        entry.Minutes = details.Minutes;
        entry.Topic = details.Topic.Trim();
        entry.Idea = string.IsNullOrWhiteSpace(details.Idea) ? null : details.Idea.Trim();
        entry.UpdatedAt = now;
    }

    private static string Describe(ConsultingEntry entry) =>
        $"{entry.Kind.Label()} am {entry.Date:dd.MM.yyyy}, {ProgrammeLabels.Duration(entry.Minutes)}, {entry.Consultant}";
}
