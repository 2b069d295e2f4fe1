using System.Security.Cryptography;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>The facts a firm gives when it registers its interest, online or to staff.</summary>
public sealed record RegistrationDetails(
    string CompanyName, string ContactPerson, string Email, string? Phone, int DistrictId, CompanySize CompanySize, string Ideas);

public enum IntakeOutcome
{
    Registered = 0,

    /// <summary>The same company or e-mail address is already in this programme's queue; nothing was stored.</summary>
    Duplicate = 1,

    /// <summary>The registration period is not open (online registrations only).</summary>
    Closed = 2,

    NoProgramme = 3,
}

public sealed record IntakeResult(IntakeOutcome Outcome, InterestRegistration? Registration = null, QueuePosition Position = default, int Overtaken = 0, int Notified = 0);

/// <summary>
/// Takes registrations into a programme's queue: the arrival number is the next one under the queue lock, the
/// arrival time the server clock (online) or the real time staff enter; firms that move because of a back-dated
/// record are mailed, and staff records are written to the audit log.
/// </summary>
public sealed class RegistrationIntake(AppDbContext db, ProgrammeQueueLock queueLock, RegistrationMails mails, AuditLog audit, CurrentUser user, TimeProvider clock)
{
    public async Task<IntakeResult> RegisterOnlineAsync(int programmeId, RegistrationDetails details, CancellationToken cancellationToken) =>
        await queueLock.RunAsync(programmeId, async (programme, ct) =>
        {
            // Read after the lock is held, so arrival times rise with the arrival numbers.
            var now = clock.GetUtcNow().UtcDateTime;
            return programme.WindowAt(now) != RegistrationWindow.Open
                ? new IntakeResult(IntakeOutcome.Closed)
                : await StoreAsync(programme, details, now, now, RegistrationChannel.Online, sendConfirmation: true, ct);
        }, cancellationToken) ?? new IntakeResult(IntakeOutcome.NoProgramme);

    /// <summary>A registration that arrived in person, by e-mail or phone at <paramref name="arrivedAtUtc"/>, recorded by staff.</summary>
    public async Task<IntakeResult> RecordAsync(
        int programmeId, RegistrationDetails details, DateTime arrivedAtUtc, RegistrationChannel channel, bool sendConfirmation, CancellationToken cancellationToken) =>
        await queueLock.RunAsync(programmeId, async (programme, ct) =>
        {
            var result = await StoreAsync(programme, details, arrivedAtUtc, clock.GetUtcNow().UtcDateTime, channel, sendConfirmation, ct);
            if (result is { Outcome: IntakeOutcome.Registered, Registration: { } registration })
            {
                var when = Infrastructure.ViennaTime.Format(arrivedAtUtc);
                audit.Add(
                    result.Overtaken > 0 ? AuditAction.RegistrationBackdated : AuditAction.RegistrationRecorded,
                    result.Overtaken > 0
                        ? $"Nr. {registration.ArrivalNumber} ({channel.Label()}) mit Eingang {when} nachgetragen: vor {result.Overtaken} bereits gespeicherten Anmeldungen eingereiht, {result.Notified} Betriebe verständigt."
                        : $"Nr. {registration.ArrivalNumber} ({channel.Label()}) mit Eingang {when} erfasst.",
                    nameof(InterestRegistration),
                    registration.Id);
                await db.SaveChangesAsync(ct);
            }

            return result;
        }, cancellationToken) ?? new IntakeResult(IntakeOutcome.NoProgramme);

    private async Task<IntakeResult> StoreAsync(
        Programme programme, RegistrationDetails details, DateTime arrivedAt, DateTime now, RegistrationChannel channel, bool sendConfirmation, CancellationToken cancellationToken)
    {
        var queue = await QueueUpdate.LoadAsync(db, programme, cancellationToken);
        var companyKey = CompanyNames.Key(details.CompanyName);
        var emailKey = EmailKey(details.Email);
        if (queue.Registrations.Any(r => r.Status.IsActive() && ((companyKey.Length > 0 && r.CompanyKey == companyKey) || (emailKey.Length > 0 && r.EmailKey == emailKey))))
        {
            return new IntakeResult(IntakeOutcome.Duplicate);
        }

        var registration = new InterestRegistration
        {
            ProgrammeId = programme.Id,
            ArrivalNumber = queue.NextArrivalNumber,
            ArrivedAt = arrivedAt,
            RecordedAt = now,
            Channel = channel,
            RecordedBy = channel == RegistrationChannel.Online ? null : user.Name,
            CompanyName = details.CompanyName.Trim(),
            CompanyKey = companyKey,
            ContactPerson = details.ContactPerson.Trim(),
            Email = details.Email.Trim(),
            EmailKey = emailKey,
            Phone = string.IsNullOrWhiteSpace(details.Phone) ? null : details.Phone.Trim(),
            DistrictId = details.DistrictId,
            CompanySize = details.CompanySize,
            Ideas = details.Ideas.Trim(),
            ConsentedAt = now,
            Status = RegistrationStatus.Received,
            StatusChangedAt = now,
            AccessToken = NewAccessToken(),
        };
        var overtaken = queue.Registrations.Count(r => r.Status.IsActive() && r.ArrivedAt > arrivedAt);
        var moved = queue.Apply(list => list.Add(registration), registration, now);
        db.InterestRegistrations.Add(registration);
        var position = queue.PositionOf(registration);
        if (sendConfirmation)
        {
            mails.Confirmation(registration, programme, position);
        }

        var notified = mails.Changes(moved, programme, QueueChangeReason.EarlierArrival);
        await db.SaveChangesAsync(cancellationToken);
        return new IntakeResult(IntakeOutcome.Registered, registration, position, overtaken, notified);
    }

    public static string EmailKey(string? email) => (email ?? "").Trim().ToLowerInvariant();

    /// <summary>256 random bits, URL-safe: the only key to a firm's confirmation page.</summary>
    private static string NewAccessToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
