using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>A firm's registration for a programme with its consulting ledger and what remains of the allowance.</summary>
public sealed record PartnerRegistrationView(string Programme, int ArrivalNumber, DateTime ArrivedAt, RegistrationStatus Status,
    IReadOnlyList<ConsultingEntry> Entries, ConsultingBudget Budget);

/// <summary>An inquiry or need of the firm, with its brokering status.</summary>
public sealed record PartnerInquiryView(int Id, InquiryKind Kind, string Subject, DateTime ReceivedAt, InquiryStatus Status, decimal? OrderValueEuro);

/// <summary>
/// What the programme and the brokering know about a firm, read-only for <c>/mein-bereich</c>: its registrations with
/// the consulting ledger, and its inquiries. An inquiry belongs to the firm when one of its partner accounts sent it
/// (same e-mail address) or staff attributed an impact figure of the inquiry to the firm.
/// </summary>
public static class PartnerProgrammeQueries
{
    public static async Task<List<PartnerRegistrationView>> PartnerRegistrationsAsync(this AppDbContext db, int partnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var registrations = await db.InterestRegistrations.AsNoTracking().Include(r => r.Programme)
            .Where(r => r.PartnerId == partnerId)
            .OrderByDescending(r => r.ArrivedAt)
            .ToListAsync(cancellationToken);
        var ids = registrations.Select(r => r.Id).ToList();
        var entries = await db.ConsultingEntries.AsNoTracking().Where(e => ids.Contains(e.RegistrationId)).OrderBy(e => e.Date).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return registrations.Select(r =>
        {
            var own = entries.Where(e => e.RegistrationId == r.Id).ToList();
            return new PartnerRegistrationView(r.Programme!.Name, r.ArrivalNumber, r.ArrivedAt, r.Status, own, ConsultingBudget.For(r.Programme, own));
        }).ToList();
    }

    public static async Task<List<PartnerInquiryView>> PartnerInquiriesAsync(this AppDbContext db, int partnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // ToLower runs in SQL (LOWER), where the .NET culture the analyzers warn about plays no part.
#pragma warning disable CA1304, CA1311
        var emails = await db.PartnerMembers.AsNoTracking().Where(m => m.PartnerId == partnerId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.Email!.ToLower())
            .ToListAsync(cancellationToken);
        return await db.Inquiries.AsNoTracking()
            .Where(i => i.AnonymisedAt == null && (emails.Contains(i.Email.ToLower()) || db.ImpactFigures.Any(f => f.InquiryId == i.Id && f.PartnerId == partnerId)))
            .OrderByDescending(i => i.ReceivedAt)
            .Select(i => new PartnerInquiryView(i.Id, i.Kind, i.Topic ?? i.Description, i.ReceivedAt, i.Status, i.OrderValueEuro))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
    }

    /// <summary>The consulting the firm received in a year, for the CSR report.</summary>
    public static async Task<List<ConsultingEntry>> PartnerConsultingAsync(this AppDbContext db, int partnerId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return await db.ConsultingEntries.AsNoTracking()
            .Where(e => e.Registration!.PartnerId == partnerId && e.Date >= from && e.Date <= to)
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
    }
}
