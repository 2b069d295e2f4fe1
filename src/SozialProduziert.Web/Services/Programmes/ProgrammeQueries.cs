using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Programmes;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>Reads of the public registration pages.</summary>
public static class ProgrammeQueries
{
    /// <summary>
    /// The programme /mitmachen is about: one open for registration (closing soonest), else the next to open,
    /// else the one closed last; null when no programme has a registration period.
    /// </summary>
    public static async Task<ProgrammeWindowViewModel?> CurrentProgrammeAsync(this AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scheduled = await db.Programmes.AsNoTracking()
            .Where(p => p.RegistrationOpensAt != null && p.RegistrationClosesAt != null)
            .Select(p => new { p.Id, p.Name, p.Places, p.RegistrationOpensAt, p.RegistrationClosesAt })
            .ToListAsync(cancellationToken);
        var open = scheduled.Where(p => p.RegistrationOpensAt <= utcNow && utcNow < p.RegistrationClosesAt).OrderBy(p => p.RegistrationClosesAt);
        var upcoming = scheduled.Where(p => utcNow < p.RegistrationOpensAt).OrderBy(p => p.RegistrationOpensAt);
        var closed = scheduled.Where(p => p.RegistrationClosesAt <= utcNow).OrderByDescending(p => p.RegistrationClosesAt);
        var chosen = open.Concat(upcoming).Concat(closed).FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var window = new Programme { RegistrationOpensAt = chosen.RegistrationOpensAt, RegistrationClosesAt = chosen.RegistrationClosesAt }.WindowAt(utcNow);
        return new ProgrammeWindowViewModel(chosen.Id, chosen.Name, chosen.Places, window,
            RegistrationPeriod.FirstDay(chosen.RegistrationOpensAt), RegistrationPeriod.LastDay(chosen.RegistrationClosesAt));
    }

    /// <summary>Every registration's place in the programme's queue as it stands now.</summary>
    public static async Task<IReadOnlyDictionary<int, QueuePosition>> QueuePositionsAsync(this AppDbContext db, int programmeId, int places, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.InterestRegistrations.AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId)
            .Select(r => new QueueEntry(r.Id, r.ArrivedAt, r.ArrivalNumber, r.Status))
            .ToListAsync(cancellationToken);
        return PlaceAllocation.Compute(entries, places);
    }

    /// <summary>The confirmation page of the registration with this token; null for an unknown token.</summary>
    public static async Task<RegistrationConfirmationViewModel?> ConfirmationAsync(this AppDbContext db, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var registration = await db.InterestRegistrations.AsNoTracking()
            .Where(r => r.AccessToken == token)
            .Select(r => new { r.Id, r.ProgrammeId, r.CompanyName, r.ArrivedAt, Programme = r.Programme!.Name, r.Programme.Places })
            .FirstOrDefaultAsync(cancellationToken);
        if (registration is null)
        {
            return null;
        }

        var positions = await db.QueuePositionsAsync(registration.ProgrammeId, registration.Places, cancellationToken);
        return new RegistrationConfirmationViewModel(
            registration.Programme,
            RegistrationTexts.Confirmation(registration.Programme, registration.CompanyName, registration.ArrivedAt, positions[registration.Id], registration.Places));
    }
}
