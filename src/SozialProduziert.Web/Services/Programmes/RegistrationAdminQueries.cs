using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>The reads of the staff pages about registrations.</summary>
public static class RegistrationAdminQueries
{
    public static Task<ProgrammeHeadViewModel?> ProgrammeHeadAsync(this AppDbContext db, int programmeId, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => new ProgrammeHeadViewModel(p.Id, p.Name, p.Places)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The queue in its order (arrival time, ties by arrival number), filtered as asked.</summary>
    public static async Task<RegistrationListViewModel> RegistrationListAsync(
        this AppDbContext db, ProgrammeHeadViewModel programme, RegistrationListInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(input);
        var all = await db.InterestRegistrations.AsNoTracking()
            .Where(r => r.ProgrammeId == programme.Id)
            .Select(r => new
            {
                r.Id, r.ArrivalNumber, r.ArrivedAt, r.RecordedAt, r.Channel, r.CompanyName, r.CompanyKey, r.ContactPerson,
                District = r.District!.Name, r.CompanySize, r.Status, Anonymised = r.AnonymisedAt != null,
            })
            .ToListAsync(cancellationToken);
        var positions = PlaceAllocation.Compute(all.Select(r => new QueueEntry(r.Id, r.ArrivedAt, r.ArrivalNumber, r.Status)), programme.Places);
        var text = Domain.GermanText.Fold(input.Text).Trim();
        var rows = all
            .OrderBy(r => r.ArrivedAt).ThenBy(r => r.ArrivalNumber)
            .Where(r => input.StatusValue is not { } status || r.Status == status)
            .Where(r => input.ChannelValue is not { } channel || r.Channel == channel)
            .Where(r => text.Length == 0 || Domain.GermanText.Fold(r.CompanyName + " " + r.ContactPerson).Contains(text, StringComparison.Ordinal))
            .Select(r => new RegistrationRowViewModel(
                r.Id, r.ArrivalNumber, r.ArrivedAt, r.RecordedAt, r.Channel, r.CompanyName, r.ContactPerson, r.District, r.CompanySize, r.Status, positions[r.Id], r.Anonymised))
            .ToList();
        return new RegistrationListViewModel { Programme = programme, Input = input, Rows = rows, Total = all.Count };
    }

    public static async Task<RegistrationDetailViewModel?> RegistrationDetailAsync(
        this AppDbContext db, int id, ConsultingEntryInput? entryInput, CancellationToken cancellationToken)
    {
        var registration = await db.InterestRegistrations.AsNoTracking()
            .Include(r => r.Programme).Include(r => r.District).Include(r => r.Partner)
            .Include(r => r.ConsultingEntries)
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            return null;
        }

        var programme = registration.Programme!;
        var positions = await db.QueuePositionsAsync(programme.Id, programme.Places, cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.DeletedAt == null).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var suggested = partners.FirstOrDefault(p => CompanyNames.Key(p.Name) == registration.CompanyKey && registration.CompanyKey.Length > 0);
        return new RegistrationDetailViewModel
        {
            Programme = new ProgrammeHeadViewModel(programme.Id, programme.Name, programme.Places),
            Registration = new RegistrationFactsViewModel(
                registration.Id, registration.ArrivalNumber, registration.ArrivedAt, registration.RecordedAt, registration.Channel, registration.RecordedBy,
                registration.CompanyName, registration.ContactPerson, registration.Email, registration.Phone, registration.CompanySize, registration.Ideas,
                registration.Status, registration.StatusChangedAt, registration.ConfirmedOn, registration.PartnerId, registration.AnonymisedAt),
            District = registration.District!.Name,
            Position = positions[registration.Id],
            PartnerName = registration.Partner?.Name,
            NextSteps = RegistrationStatusChanges.NextSteps(registration.Status),
            Partners = partners
                .OrderBy(p => p.Name, FilterOptions.GermanOrder)
                .Select(p => new OptionViewModel(p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Name))
                .ToList(),
            SuggestedPartner = suggested?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Entries = registration.ConsultingEntries.OrderBy(e => e.Date).ThenBy(e => e.Id)
                .Select(e => new ConsultingEntryRowViewModel(e.Id, e.Date, e.Consultant, e.Kind, e.Minutes, e.Topic, e.Idea)).ToList(),
            Budget = ConsultingBudget.For(programme, registration.ConsultingEntries),
            EntryInput = entryInput ?? new ConsultingEntryInput(),
        };
    }

    /// <summary>A new ledger entry: today, by the signed-in staff member.</summary>
    public static async Task<ConsultingEntryInput> NewEntryInputAsync(this AppDbContext db, string? userId, DateTime utcNow, CancellationToken cancellationToken) => new()
    {
        Date = DateOnly.FromDateTime(Infrastructure.ViennaTime.ToLocal(utcNow)),
        Consultant = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken),
    };

    public static async Task<IReadOnlyList<OptionViewModel>> DistrictOptionsAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        return districts
            .OrderBy(d => d.Name, FilterOptions.GermanOrder)
            .Select(d => new OptionViewModel(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Name))
            .ToList();
    }
}
