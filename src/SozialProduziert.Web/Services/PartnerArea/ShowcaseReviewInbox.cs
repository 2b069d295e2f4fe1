using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>A partner whose showcase page waits for the firm or for staff.</summary>
public sealed record ShowcaseInboxItem(int PartnerId, string PartnerName, PublishState PartnerState, ShowcaseReviewState State, int Version,
    bool HasAccount, string? Comment, string? DecidedByName, DateTime? DecidedAt);

/// <summary>
/// What staff have to look at: open change requests, and showcase pages whose current version the firm has not
/// approved yet (only for firms with an account, which can act on it; others approve in writing).
/// </summary>
public static class ShowcaseReviewInbox
{
    public static async Task<IReadOnlyList<ShowcaseInboxItem>> OpenAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var partners = await db.Partners.AsNoTracking().Where(p => p.DeletedAt == null && p.State != PublishState.Archived)
            .Where(p => db.PartnerMembers.Any(m => m.PartnerId == p.Id) || db.ShowcaseReviews.Any(r => r.PartnerId == p.Id))
            .ToListAsync(cancellationToken);
        var ids = partners.Select(p => p.Id).ToList();
        var reviews = await db.ShowcaseReviews.AsNoTracking().Where(r => ids.Contains(r.PartnerId)).ToListAsync(cancellationToken);
        var withAccount = (await db.PartnerMembers.AsNoTracking().Where(m => ids.Contains(m.PartnerId)).Select(m => m.PartnerId).ToListAsync(cancellationToken)).ToHashSet();

        var items = new List<ShowcaseInboxItem>();
        foreach (var partner in partners)
        {
            var hash = ShowcaseFingerprint.Of(partner);
            var latest = reviews.Where(r => r.PartnerId == partner.Id && r.ContentHash == hash)
                .OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id).FirstOrDefault();
            var openRequest = reviews.Where(r => r.PartnerId == partner.Id && r.Decision == ShowcaseDecision.ChangesRequested && r.ResolvedAt == null)
                .OrderByDescending(r => r.DecidedAt).FirstOrDefault();
            if (openRequest is not null)
            {
                items.Add(new(partner.Id, partner.Name, partner.State, ShowcaseReviewState.ChangesRequested, partner.Version, withAccount.Contains(partner.Id),
                    openRequest.Comment, openRequest.DecidedByName, openRequest.DecidedAt));
            }
            else if (latest?.Decision != ShowcaseDecision.Approved && withAccount.Contains(partner.Id))
            {
                items.Add(new(partner.Id, partner.Name, partner.State, ShowcaseReviewState.Pending, partner.Version, true, null, null, null));
            }
        }

        return items.OrderBy(i => i.State == ShowcaseReviewState.ChangesRequested ? 0 : 1).ThenBy(i => i.PartnerName, StringComparer.CurrentCulture).ToList();
    }
}
