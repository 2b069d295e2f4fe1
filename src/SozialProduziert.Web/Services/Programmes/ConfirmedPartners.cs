using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// A confirmed firm gets its partner record: the existing one staff chose, or a new draft with the company name
/// that staff complete before publishing. Both go through the content editor, so they have revisions.
/// </summary>
public sealed class ConfirmedPartners(AppDbContext db, ContentEditor editor)
{
    /// <summary>Links the partner; null on success, otherwise a German reason.</summary>
    public async Task<string?> LinkAsync(InterestRegistration registration, Programme programme, int? existingPartnerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(programme);
        if (existingPartnerId is { } id)
        {
            var existing = await db.Partners.FirstOrDefaultAsync(p => p.Id == id && p.DeletedAt == null, cancellationToken);
            if (existing is null)
            {
                return "Den gewählten Partner gibt es nicht (mehr). Bitte wählen Sie einen anderen oder legen Sie einen neuen an.";
            }

            registration.Partner = existing;
            if (existing.ProgrammeId != programme.Id)
            {
                existing.ProgrammeId = programme.Id;
                await editor.SaveAsync(existing, null, $"Mit „{programme.Name}“ verknüpft", cancellationToken);
            }

            return null;
        }

        var partner = new Partner
        {
            Name = registration.CompanyName,
            Slug = await FreeSlugAsync(Slug.From(registration.CompanyName), cancellationToken),
            Kind = PartnerKind.Company,
            DistrictId = registration.DistrictId,
            ProgrammeId = programme.Id,
            State = PublishState.Draft,
        };
        db.Partners.Add(partner);
        registration.Partner = partner;
        await editor.SaveAsync(partner, null, "Aus der Interessensbekundung angelegt", cancellationToken);
        return null;
    }

    private async Task<string> FreeSlugAsync(string name, CancellationToken cancellationToken)
    {
        // Room for a "-2" suffix when the name is taken.
        var slug = name.Length > Slug.MaxLength - 4 ? name[..(Slug.MaxLength - 4)].TrimEnd('-') : name;
        var taken = await db.Partners.Where(p => p.Slug == slug || p.Slug.StartsWith(slug + "-")).Select(p => p.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
