using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>Thrown when a save would put a showcase page on the website that its firm has not approved in this version.</summary>
public sealed class ShowcaseNotApprovedException : InvalidOperationException
{
    public ShowcaseNotApprovedException()
        : this("")
    {
    }

    public ShowcaseNotApprovedException(string partnerName)
        : base(MessageFor(partnerName))
    {
    }

    public ShowcaseNotApprovedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static string MessageFor(string partnerName) =>
        $"Die Auslage „{partnerName}“ kann erst veröffentlicht werden, wenn die Firma genau diese Fassung freigegeben hat. " +
        "Bitten Sie die Firma in „Mein Bereich“ um Freigabe, oder erfassen Sie unter „Zugang und Freigabe“ eine Freigabe, die sie Ihnen schriftlich gegeben hat.";
}

/// <summary>
/// The rule "a showcase page is published only in a version its firm approved", enforced on every save of a stored
/// partner, whatever path the save takes (the partner form, restoring a revision, code yet to be written). Partners
/// added in the same save are left to their callers: the staff form refuses to create a published partner (no
/// version can have been approved yet), and seeders record approvals themselves.
/// </summary>
public sealed class ShowcasePublishGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db)
        {
            foreach (var partner in PublishedEdits(db).Where(p => !ApprovedInThisSave(db, p) && !db.ShowcaseReviews.IsApproved(p.Id, ShowcaseFingerprint.Of(p))))
            {
                throw new ShowcaseNotApprovedException(partner.Name);
            }
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is AppDbContext db)
        {
            foreach (var partner in PublishedEdits(db))
            {
                if (!ApprovedInThisSave(db, partner) && !await db.IsApprovedAsync(partner.Id, ShowcaseFingerprint.Of(partner), cancellationToken))
                {
                    throw new ShowcaseNotApprovedException(partner.Name);
                }
            }
        }

        return result;
    }

    /// <summary>An approval of exactly this version stored together with the change (e.g. a seeder's or a migration's).</summary>
    private static bool ApprovedInThisSave(AppDbContext db, Partner partner)
    {
        var hash = ShowcaseFingerprint.Of(partner);
        return db.ChangeTracker.Entries<ShowcaseReview>().Any(r => r.State == EntityState.Added && r.Entity.PartnerId == partner.Id
            && r.Entity.Decision == ShowcaseDecision.Approved && r.Entity.ContentHash == hash);
    }

    /// <summary>Stored partners that this save publishes, or whose published page it changes.</summary>
    private static List<Partner> PublishedEdits(AppDbContext db) =>
        db.ChangeTracker.Entries<Partner>()
            .Where(e => e.State == EntityState.Modified && e.Entity.State == PublishState.Published)
            .Where(e => (e.Property(p => p.State).IsModified && e.Property(p => p.State).OriginalValue != PublishState.Published)
                || e.Properties.Any(p => p.IsModified && ShowcaseFingerprint.Properties.Contains(p.Metadata.Name))
                || e.Reference(p => p.Logo).TargetEntry is { State: EntityState.Added })
            .Select(e => e.Entity)
            .ToList();
}

public static class ShowcaseApprovalQueries
{
    /// <summary>The latest decision on exactly this version is an approval (an earlier approval of it may have been withdrawn).</summary>
    private static IQueryable<ShowcaseDecision?> LatestDecision(IQueryable<ShowcaseReview> reviews, int partnerId, string contentHash) =>
        reviews.AsNoTracking()
            .Where(r => r.PartnerId == partnerId && r.ContentHash == contentHash)
            .OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id)
            .Select(r => (ShowcaseDecision?)r.Decision);

    public static bool IsApproved(this IQueryable<ShowcaseReview> reviews, int partnerId, string contentHash) =>
        LatestDecision(reviews, partnerId, contentHash).FirstOrDefault() == ShowcaseDecision.Approved;

    public static async Task<bool> IsApprovedAsync(this AppDbContext db, int partnerId, string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await LatestDecision(db.ShowcaseReviews, partnerId, contentHash).FirstOrDefaultAsync(cancellationToken) == ShowcaseDecision.Approved;
    }
}
