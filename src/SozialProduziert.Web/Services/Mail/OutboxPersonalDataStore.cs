using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>
/// Mails in the outbox: those addressed to the person, and those that mention the address in their text (the
/// notification to KOMUNITAS about their inquiry). Erasing keeps the row (what was sent when) but not to whom or what.
/// </summary>
public sealed class OutboxPersonalDataStore(AppDbContext db, TimeProvider clock) : IPersonalDataStore
{
    private const string ErasedBody = "(Inhalt auf Anfrage bzw. nach Ablauf der Speicherfrist gelöscht.)";

    public string Name => "E-Mails";

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var mails = await Of(email).AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync(cancellationToken);
        return mails.Select(m => new PersonalDataRecord($"E-Mail vom {ViennaTime.Format(m.CreatedAt)}: {m.Subject}",
        [
            new("An", m.ToName is null ? m.ToAddress : $"{m.ToName} <{m.ToAddress}>"),
            new("Betreff", m.Subject),
            new("Zweck", MailPurposes.Label(m.Purpose)),
            new("Erstellt", ViennaTime.Format(m.CreatedAt)),
            new("Gesendet", m.SentAt is { } sent ? ViennaTime.Format(sent) : "nicht gesendet"),
            new("Text", MailPurposes.IsSecret(m.Purpose) ? "(vertraulich, wird nicht angezeigt)" : m.TextBody),
        ])).ToList();
    }

    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken) =>
        await AnonymiseAsync(Of(email), cancellationToken);

    public async Task<int> AnonymiseOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        await AnonymiseAsync(
            db.OutboxMails.Where(m => m.CreatedAt < cutoffUtc && m.State != OutboxMailState.Pending && m.ToAddress != PersonalData.AnonymisedAddress),
            cancellationToken);

    private IQueryable<OutboxMail> Of(string email)
    {
        var address = PersonalData.Normalise(email);
        var exactly = SqlLike.Exactly(address);
        var containing = SqlLike.Containing(address);
        return db.OutboxMails.Where(m => m.ToAddress != PersonalData.AnonymisedAddress
            && (EF.Functions.Like(m.ToAddress, exactly, SqlLike.EscapeCharacter) || EF.Functions.Like(m.TextBody, containing, SqlLike.EscapeCharacter)));
    }

    /// <summary>A mail still waiting is not sent any more: its address is gone.</summary>
    private async Task<int> AnonymiseAsync(IQueryable<OutboxMail> mails, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await mails.Where(m => m.State == OutboxMailState.Pending)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, OutboxMailState.Failed).SetProperty(x => x.NextAttemptAt, now), cancellationToken);
        return await mails.ExecuteUpdateAsync(m => m
            .SetProperty(x => x.ToAddress, PersonalData.AnonymisedAddress)
            .SetProperty(x => x.ToName, (string?)null)
            .SetProperty(x => x.Subject, PersonalData.Removed)
            .SetProperty(x => x.TextBody, ErasedBody)
            .SetProperty(x => x.HtmlBody, ErasedBody)
            .SetProperty(x => x.LastError, "Empfänger und Inhalt gelöscht; die E-Mail kann nicht mehr gesendet werden."), cancellationToken);
    }
}
