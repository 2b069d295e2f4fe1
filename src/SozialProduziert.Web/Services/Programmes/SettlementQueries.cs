using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>One consulting session as the funding body's settlement lists it.</summary>
public sealed record SettlementLine(DateOnly Date, string Consultant, ConsultingKind Kind, int Minutes, string Topic, string? Idea)
{
    public decimal Hours => Minutes / 60m;
}

/// <summary>One participating firm with its sessions and what is left of its allowance.</summary>
public sealed record SettlementFirm(int RegistrationId, int ArrivalNumber, string CompanyName, string District, RegistrationStatus Status, DateOnly? ConfirmedOn, IReadOnlyList<SettlementLine> Lines, ConsultingBudget Budget);

public sealed record Settlement(int ProgrammeId, string ProgrammeName, string? FundingBody, IReadOnlyList<SettlementFirm> Firms)
{
    public int TotalMinutes(ConsultingKind kind) => Firms.Sum(f => f.Budget.Used(kind));
}

/// <summary>The consulting ledger of a programme for the settlement with the funding body: CSV and print page read the same data.</summary>
public static class SettlementQueries
{
    /// <summary>Firms that were confirmed or received consulting, in queue order; null when the programme does not exist.</summary>
    public static async Task<Settlement?> SettlementAsync(this AppDbContext db, int programmeId, int? registrationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
        if (programme is null)
        {
            return null;
        }

        var confirmed = new[] { RegistrationStatus.Confirmed, RegistrationStatus.InConsulting, RegistrationStatus.Completed };
        var registrations = await db.InterestRegistrations.AsNoTracking()
            .Where(r => r.ProgrammeId == programmeId && (registrationId == null || r.Id == registrationId))
            .Where(r => confirmed.Contains(r.Status) || r.ConsultingEntries.Any())
            .Select(r => new
            {
                r.Id,
                r.ArrivalNumber,
                r.ArrivedAt,
                r.CompanyName,
                District = r.District!.Name,
                r.Status,
                r.ConfirmedOn,
                Entries = r.ConsultingEntries.OrderBy(e => e.Date).ThenBy(e => e.Id).ToList(),
            })
            .ToListAsync(cancellationToken);
        var firms = registrations
            .OrderBy(r => r.ArrivedAt).ThenBy(r => r.ArrivalNumber)
            .Select(r => new SettlementFirm(
                r.Id, r.ArrivalNumber, r.CompanyName, r.District, r.Status, r.ConfirmedOn,
                r.Entries.Select(e => new SettlementLine(e.Date, e.Consultant, e.Kind, e.Minutes, e.Topic, e.Idea)).ToList(),
                ConsultingBudget.For(programme, r.Entries)))
            .ToList();
        return new Settlement(programme.Id, programme.Name, programme.FundingBody, firms);
    }
}
