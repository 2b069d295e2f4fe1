using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Inquiries;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>The reads of the staff inbox.</summary>
public static class InquiryAdminQueries
{
    public static async Task<PagedList<InquiryRow>> InboxAsync(this AppDbContext db, InquiryFilterInput filter, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = filter.Statuses;
        var query = db.Inquiries.AsNoTracking().Where(i => statuses.Contains(i.Status));
        if (filter.SearchText is { } text)
        {
            var pattern = SqlLike.Containing(text);
            query = query.Where(i => EF.Functions.Like(i.Organisation ?? "", pattern, SqlLike.EscapeCharacter)
                || EF.Functions.Like(i.ContactPerson, pattern, SqlLike.EscapeCharacter)
                || EF.Functions.Like(i.Email, pattern, SqlLike.EscapeCharacter)
                || EF.Functions.Like(i.Description, pattern, SqlLike.EscapeCharacter)
                || EF.Functions.Like(i.Topic ?? "", pattern, SqlLike.EscapeCharacter));
        }

        return await query
            .OrderByDescending(i => i.ReceivedAt).ThenByDescending(i => i.Id)
            .Select(i => new InquiryRow(i.Id, i.ReceivedAt, i.Kind, i.NeedKind, i.Topic, i.Organisation, i.ContactPerson,
                i.District == null ? null : i.District.Name, i.Status, i.Assignments.Count, i.AnonymisedAt != null))
            .ToPageAsync(filter.PageNumber, pageSize, cancellationToken);
    }

    public static async Task<IReadOnlyDictionary<InquiryStatus, int>> InquiryCountsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.Inquiries.AsNoTracking().GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>The inquiry with notes and assignments, tracked, for the detail page and the actions on it.</summary>
    public static Task<Inquiry?> InquiryWithDetailsAsync(this AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.Inquiries.Include(i => i.Notes).Include(i => i.Assignments).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public static async Task<IReadOnlyList<AssignmentRow>> AssignmentRowsAsync(this AppDbContext db, int inquiryId, CancellationToken cancellationToken) =>
        await db.InquiryAssignments.AsNoTracking().Where(a => a.InquiryId == inquiryId)
            .OrderBy(a => a.AssignedAt)
            .Select(a => new AssignmentRow(a.SocialEnterpriseId, a.SocialEnterprise!.Name, a.SocialEnterprise.Slug, a.SocialEnterprise.DeletedAt != null, a.AssignedAt, a.AssignedBy))
            .ToListAsync(cancellationToken);

    /// <summary>The admin page of what was asked about: the offer if there is one, else the Sozialbetrieb.</summary>
    public static async Task<string?> TargetUrlAsync(this AppDbContext db, Inquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        if (inquiry.OfferId is { } offerId && await db.Offers.AnyAsync(o => o.Id == offerId && o.DeletedAt == null, cancellationToken))
        {
            return $"/admin/angebote/{offerId}";
        }

        return inquiry.SocialEnterpriseId is { } id && await db.SocialEnterprises.AnyAsync(e => e.Id == id && e.DeletedAt == null, cancellationToken)
            ? $"/admin/sozialbetriebe/{id}"
            : null;
    }
}
