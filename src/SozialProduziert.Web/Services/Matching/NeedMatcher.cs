using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Matching;

/// <summary>Loads the publicly visible Sozialbetriebe with their fields and public offers, and ranks them for an inquiry.</summary>
public sealed class NeedMatcher(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<MatchSuggestion>> SuggestAsync(Inquiry inquiry, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var now = clock.GetUtcNow().UtcDateTime;
        var assigned = inquiry.Assignments.Select(a => a.SocialEnterpriseId).ToList();
        var enterprises = await db.SocialEnterprises.AsNoTracking().PubliclyVisible(now)
            .Where(e => !assigned.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.Name,
                e.Slug,
                e.DistrictId,
                DistrictName = e.District!.Name,
                e.District.Latitude,
                e.District.Longitude,
                Fields = e.FieldsOfWork.Select(f => f.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var offers = (await db.Offers.AsNoTracking().PubliclyVisibleOffers(db.SocialEnterprises, now)
            .Select(o => new { o.SocialEnterpriseId, o.Title, Field = o.FieldOfWork!.Name, o.DescriptionMarkdown })
            .ToListAsync(cancellationToken))
            .ToLookup(o => o.SocialEnterpriseId, o => new MatchOffer(o.Title, o.Field, o.DescriptionMarkdown));
        var fieldNames = await db.FieldsOfWork.AsNoTracking().Select(f => f.Name).ToListAsync(cancellationToken);

        // An inquiry to a Sozialbetrieb names no district of its own; alternatives near the one asked are the useful ones.
        var districtId = inquiry.DistrictId
            ?? await db.SocialEnterprises.Where(e => e.Id == inquiry.SocialEnterpriseId).Select(e => (int?)e.DistrictId).FirstOrDefaultAsync(cancellationToken);
        var district = districtId is null ? null : await db.Districts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == districtId, cancellationToken);

        // The need kind's own words count too: "Reststoff wiederverwerten" asks for upcycling even if the text does not say so.
        var text = $"{inquiry.NeedKind?.NeedLabel()} {inquiry.Topic} {inquiry.Description} {inquiry.Quantity}";
        var need = new MatchNeed(FieldKeywords.Words(text), district?.Id, district?.Latitude, district?.Longitude);
        var candidates = enterprises.Select(e => new MatchCandidate(e.Id, e.Name, e.Slug, e.DistrictName, e.Latitude, e.Longitude, e.DistrictId, e.Fields, offers[e.Id].ToList()));
        return MatchScoring.Rank(need, candidates, fieldNames, take);
    }
}
