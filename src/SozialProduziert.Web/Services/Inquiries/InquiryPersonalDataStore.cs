using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>
/// Inquiries and needs. Erasing keeps what the impact figures need (kind, district, status, outcome, value) and
/// removes who asked and what they wrote; staff notes keep their text, without the person's name or address.
/// </summary>
public sealed class InquiryPersonalDataStore(AppDbContext db, TimeProvider clock) : IPersonalDataStore
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    public string Name => "Anfragen und Bedarfsmeldungen";

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var inquiries = await Of(email).AsNoTracking().Include(i => i.District).Include(i => i.Notes)
            .OrderBy(i => i.ReceivedAt).AsSplitQuery().ToListAsync(cancellationToken);
        return inquiries.Select(Record).ToList();
    }

    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken) =>
        await AnonymiseAsync(await Of(email).Include(i => i.Notes).ToListAsync(cancellationToken), cancellationToken);

    public async Task<int> AnonymiseOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        await AnonymiseAsync(
            await db.Inquiries.Where(i => i.AnonymisedAt == null && i.StatusChangedAt < cutoffUtc).Include(i => i.Notes).ToListAsync(cancellationToken),
            cancellationToken);

    private IQueryable<Inquiry> Of(string email)
    {
        var address = SqlLike.Exactly(PersonalData.Normalise(email));
        return db.Inquiries.Where(i => i.AnonymisedAt == null && EF.Functions.Like(i.Email, address, SqlLike.EscapeCharacter));
    }

    private async Task<int> AnonymiseAsync(List<Inquiry> inquiries, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var inquiry in inquiries)
        {
            foreach (var note in inquiry.Notes)
            {
                note.Text = PersonalData.Redact(note.Text, [inquiry.Email, inquiry.ContactPerson, inquiry.Phone]);
            }

            inquiry.Organisation = null;
            inquiry.ContactPerson = PersonalData.Removed;
            inquiry.Email = PersonalData.AnonymisedAddress;
            inquiry.Phone = null;
            inquiry.Description = PersonalData.Removed;
            inquiry.FollowUpTokenHash = null;
            inquiry.AnonymisedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return inquiries.Count;
    }

    private static PersonalDataRecord Record(Inquiry i)
    {
        var fields = new List<KeyValuePair<string, string?>>
        {
            new("Art", i.Kind == InquiryKind.Need && i.NeedKind is { } need ? $"Bedarf: {need.NeedLabel()}" : $"Anfrage zu {i.Topic}"),
            new("Eingelangt", ViennaTime.Format(i.ReceivedAt)),
            new("Einwilligung erteilt", ViennaTime.Format(i.ConsentedAt)),
            new("Status", i.Status.Label()),
            new("Organisation", i.Organisation),
            new("Ansprechperson", i.ContactPerson),
            new("E-Mail", i.Email),
            new("Telefon", i.Phone),
            new("Bezirk", i.District?.Name),
            new("Beschreibung", i.Description),
            new("Menge", i.Quantity),
            new("Häufigkeit", i.Frequency),
            new("Gewünschter Termin", i.Deadline?.ToString("dd.MM.yyyy", German)),
            new("Rückmeldung: Auftrag", i.OrderOutcome?.Label()),
            new("Rückmeldung: Auftragswert", i.OrderValueEuro?.ToString("C", German)),
        };
        fields.AddRange(i.Notes.OrderBy(n => n.At).Select(n => new KeyValuePair<string, string?>($"Interne Notiz vom {ViennaTime.Format(n.At)} ({n.Author})", n.Text)));
        return new PersonalDataRecord($"{i.Kind.Label()} Nr. {i.Id} vom {ViennaTime.Format(i.ReceivedAt)}", fields);
    }
}
