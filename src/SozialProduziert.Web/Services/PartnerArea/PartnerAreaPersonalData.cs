using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>
/// Personal data of the partner area: invitations (name and e-mail of a firm's contact) and the names under which a
/// partner account approved showcase pages or confirmed figures. Erasure keeps the decisions and confirmations (the
/// firm's records) but replaces the person's name. Names of Sozialbetrieb staff who confirmed figures carry no
/// e-mail address and are not found by one.
/// </summary>
public sealed class PartnerAreaPersonalData(AppDbContext db, TimeProvider clock) : IPersonalDataStore
{
    public const string ErasedName = "Gelöschte Person";

    public string Name => "Partnerbereich (Einladungen, Freigaben, Bestätigungen)";

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var records = new List<PersonalDataRecord>();
        var invitations = (await db.PartnerInvitations.AsNoTracking().Where(i => EF.Functions.Like(i.Email, email.Trim()))
            .Select(i => new { i.Name, i.Email, i.CreatedAt, i.UsedAt, Partner = i.Partner!.Name }).ToListAsync(cancellationToken))
            .Where(i => string.Equals(i.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        records.AddRange(invitations.Select(i => new PersonalDataRecord("Einladung in den Partnerbereich", [
            new("Name", i.Name), new("E-Mail-Adresse", i.Email), new("Partner", i.Partner),
            new("Eingeladen am", ViennaTime.Format(i.CreatedAt)), new("Angenommen am", i.UsedAt is { } used ? ViennaTime.Format(used) : null)])));

        var userIds = await UserIdsAsync(normalized, cancellationToken);
        var reviews = await db.ShowcaseReviews.AsNoTracking().Where(r => r.DecidedByUserId != null && userIds.Contains(r.DecidedByUserId))
            .Select(r => new { r.DecidedByName, r.DecidedAt, r.Comment, Partner = r.Partner!.Name }).ToListAsync(cancellationToken);
        records.AddRange(reviews.Select(r => new PersonalDataRecord("Entscheidung zur Auslage", [
            new("Name", r.DecidedByName), new("Partner", r.Partner), new("Am", ViennaTime.Format(r.DecidedAt)), new("Kommentar", r.Comment)])));
        var confirmations = await db.ImpactFigures.AsNoTracking().Where(f => f.PartnerConfirmedByUserId != null && userIds.Contains(f.PartnerConfirmedByUserId))
            .Select(f => new { f.PartnerConfirmedBy, f.PartnerConfirmedAt, f.Id }).ToListAsync(cancellationToken);
        records.AddRange(confirmations.Select(f => new PersonalDataRecord("Bestätigung einer Kennzahl", [
            new("Name", f.PartnerConfirmedBy), new("Kennzahl Nr.", f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Am", f.PartnerConfirmedAt is { } at ? ViennaTime.Format(at) : null)])));
        return records;
    }

    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var userIds = await UserIdsAsync(normalized, cancellationToken);
        var changed = 0;
        // LIKE is case-insensitive on both providers; the exact comparison after it drops what '_' matched as a wildcard.
        var invitations = (await db.PartnerInvitations.Where(i => EF.Functions.Like(i.Email, email.Trim())).ToListAsync(cancellationToken))
            .Where(i => string.Equals(i.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        foreach (var invitation in invitations)
        {
            (invitation.Name, invitation.Email) = (ErasedName, $"geloescht-{invitation.Id}@invalid");
            invitation.RevokedAt ??= invitation.UsedAt is null ? clock.GetUtcNow().UtcDateTime : null;
            changed++;
        }

        foreach (var review in await db.ShowcaseReviews.Where(r => r.DecidedByUserId != null && userIds.Contains(r.DecidedByUserId)).ToListAsync(cancellationToken))
        {
            (review.DecidedByName, review.DecidedByUserId) = (ErasedName, null);
            changed++;
        }

        foreach (var figure in await db.ImpactFigures.Where(f => f.PartnerConfirmedByUserId != null && userIds.Contains(f.PartnerConfirmedByUserId)).ToListAsync(cancellationToken))
        {
            (figure.PartnerConfirmedBy, figure.PartnerConfirmedByUserId) = (ErasedName, null);
            changed++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>Invitations that were never used and expired before the cutoff lose name and address; accepted ones belong to an account.</summary>
    public async Task<int> AnonymiseOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var stale = await db.PartnerInvitations.Where(i => i.UsedAt == null && i.ExpiresAt < cutoffUtc && i.Name != ErasedName).ToListAsync(cancellationToken);
        stale.ForEach(i => (i.Name, i.Email) = (ErasedName, $"geloescht-{i.Id}@invalid"));
        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }

    private Task<List<string>> UserIdsAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalizedEmail).Select(u => u.Id).ToListAsync(cancellationToken);
}
