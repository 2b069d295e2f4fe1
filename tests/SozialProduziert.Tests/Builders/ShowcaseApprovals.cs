using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Tests.Builders;

/// <summary>Records a firm's approval of its showcase page, as the firm would in "Mein Bereich", for tests that publish partners.</summary>
public static class ShowcaseApprovals
{
    /// <summary>Adds an approval of the partner exactly as it is in memory now; it is stored with the context's next save.</summary>
    public static void ApproveShowcase(this AppDbContext db, Partner partner, string by = "Test-Kontaktperson")
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(partner);
        db.ShowcaseReviews.Add(new ShowcaseReview
        {
            PartnerId = partner.Id,
            Decision = ShowcaseDecision.Approved,
            PartnerVersion = partner.Version,
            ContentHash = ShowcaseFingerprint.Of(partner),
            DecidedAt = DateTime.UtcNow,
            DecidedByName = by,
            RecordedBy = "Test",
        });
    }

    /// <summary>Approves the stored version of the partner.</summary>
    public static Task ApproveShowcaseAsync(this PortalFactory portal, int partnerId)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithDbAsync(async db => db.ApproveShowcase(await db.Partners.AsNoTracking().SingleAsync(p => p.Id == partnerId)));
    }
}
