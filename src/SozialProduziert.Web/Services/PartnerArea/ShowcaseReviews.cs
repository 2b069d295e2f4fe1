using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>One decision as people read it.</summary>
public sealed record ShowcaseReviewLine(int Id, ShowcaseDecision Decision, string? Comment, int PartnerVersion, bool CoversCurrentVersion,
    DateTime DecidedAt, string DecidedByName, string? RecordedBy, DateTime? ResolvedAt);

/// <summary>Where the review of a firm's showcase page stands, with every decision, newest first.</summary>
public sealed record ShowcaseReviewStatus(ShowcaseReviewState State, int CurrentVersion, string CurrentHash, IReadOnlyList<ShowcaseReviewLine> History)
{
    public ShowcaseReviewLine? LatestOnCurrent => History.FirstOrDefault(h => h.CoversCurrentVersion);
}

/// <summary>
/// Firms approve their showcase page or ask for changes; staff record a decision a firm gave outside the portal
/// and mark change requests as dealt with. Every decision is kept and lands in the audit log.
/// </summary>
public sealed class ShowcaseReviews(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<ShowcaseReviewStatus> StatusAsync(Partner partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var hash = ShowcaseFingerprint.Of(partner);
        var history = await db.ShowcaseReviews.AsNoTracking()
            .Where(r => r.PartnerId == partner.Id)
            .OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id)
            .Select(r => new ShowcaseReviewLine(r.Id, r.Decision, r.Comment, r.PartnerVersion, r.ContentHash == hash, r.DecidedAt, r.DecidedByName, r.RecordedBy, r.ResolvedAt))
            .ToListAsync(cancellationToken);
        var latest = history.FirstOrDefault(h => h.CoversCurrentVersion);
        var state = latest?.Decision switch
        {
            ShowcaseDecision.Approved => ShowcaseReviewState.Approved,
            ShowcaseDecision.ChangesRequested when latest.ResolvedAt is null => ShowcaseReviewState.ChangesRequested,
            _ => ShowcaseReviewState.Pending,
        };
        return new ShowcaseReviewStatus(state, partner.Version, hash, history);
    }

    /// <summary>
    /// Records a decision on the version the firm looked at. <paramref name="seenHash"/> is the fingerprint the page
    /// showed; when staff changed the page in the meantime, nothing is recorded and false is returned.
    /// </summary>
    public async Task<bool> DecideAsync(Partner partner, string seenHash, ShowcaseDecision decision, string? comment, string decidedByName,
        string? userId, string? recordedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var hash = ShowcaseFingerprint.Of(partner);
        if (!string.Equals(hash, seenHash, StringComparison.Ordinal))
        {
            return false;
        }

        db.ShowcaseReviews.Add(new ShowcaseReview
        {
            PartnerId = partner.Id,
            Decision = decision,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            PartnerVersion = partner.Version,
            ContentHash = hash,
            DecidedAt = clock.GetUtcNow().UtcDateTime,
            DecidedByName = decidedByName,
            DecidedByUserId = userId,
            RecordedBy = recordedBy,
        });
        var action = decision == ShowcaseDecision.Approved ? AuditAction.ShowcaseApproved : AuditAction.ShowcaseChangesRequested;
        audit.Add(action, $"Fassung {partner.Version}, {decidedByName}{(recordedBy is null ? "" : " (erfasst von " + recordedBy + ")")}", nameof(Partner), partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> ResolveAsync(int partnerId, int reviewId, CancellationToken cancellationToken)
    {
        var review = await db.ShowcaseReviews.FirstOrDefaultAsync(
            r => r.Id == reviewId && r.PartnerId == partnerId && r.Decision == ShowcaseDecision.ChangesRequested && r.ResolvedAt == null, cancellationToken);
        if (review is null)
        {
            return false;
        }

        review.ResolvedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditAction.ShowcaseChangeRequestResolved, review.Comment, nameof(Partner), partnerId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
