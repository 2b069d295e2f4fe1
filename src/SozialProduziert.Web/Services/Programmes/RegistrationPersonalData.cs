using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// Interest registrations for the DSGVO export, erasure and retention. Erasure anonymises the contact person, e-mail,
/// phone and free text; the company (a firm, not a person), the arrival time and the queue position stay, so the
/// order of arrival and the settlement remain provable. A sole trader's name (e.U.) is the owner's own and goes too.
/// Consulting entries name staff consultants only and are not personal data of the firm's contact.
/// </summary>
public sealed class RegistrationPersonalData(AppDbContext db, TimeProvider clock) : IPersonalDataStore
{
    public const string Erased = "(gelöscht)";

    public string Name => "Interessensbekundungen";

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var key = RegistrationIntake.EmailKey(email);
        if (key.Length == 0)
        {
            return [];
        }

        var rows = await db.InterestRegistrations.AsNoTracking()
            .Where(r => r.EmailKey == key)
            .OrderBy(r => r.ArrivedAt)
            .Select(r => new { r, Programme = r.Programme!.Name, District = r.District!.Name })
            .ToListAsync(cancellationToken);
        return rows.Select(row => new PersonalDataRecord($"Interessensbekundung für „{row.Programme}“",
        [
            new("Unternehmen", row.r.CompanyName),
            new("Ansprechperson", row.r.ContactPerson),
            new("E-Mail", row.r.Email),
            new("Telefon", row.r.Phone),
            new("Bezirk", row.District),
            new("Unternehmensgröße", row.r.CompanySize.Label()),
            new("Ideen oder Reststoffe", row.r.Ideas),
            new("Eingelangt", ViennaTime.Format(row.r.ArrivedAt)),
            new("Weg", row.r.Channel.Label()),
            new("Einwilligung", ViennaTime.Format(row.r.ConsentedAt)),
            new("Status", row.r.Status.Label()),
        ])).ToList();
    }

    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken)
    {
        var key = RegistrationIntake.EmailKey(email);
        return key.Length == 0 ? 0 : await AnonymiseAsync(db.InterestRegistrations.Where(r => r.EmailKey == key), cancellationToken);
    }

    /// <summary>Registrations whose last change (arrival or status) lies before the cutoff.</summary>
    public Task<int> AnonymiseOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        AnonymiseAsync(db.InterestRegistrations.Where(r => r.AnonymisedAt == null && r.ArrivedAt < cutoffUtc && r.StatusChangedAt < cutoffUtc), cancellationToken);

    private async Task<int> AnonymiseAsync(IQueryable<InterestRegistration> query, CancellationToken cancellationToken)
    {
        var registrations = await query.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var registration in registrations)
        {
            registration.ContactPerson = Erased;
            registration.Email = "";
            registration.EmailKey = "";
            registration.Phone = null;
            registration.Ideas = Erased;
            if (CompanyNames.IsSoleTrader(registration.CompanyName))
            {
                registration.CompanyName = "Einzelunternehmen " + Erased;
                registration.CompanyKey = "";
            }

            registration.AnonymisedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return registrations.Count;
    }
}
