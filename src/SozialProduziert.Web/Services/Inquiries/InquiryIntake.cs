using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>
/// Stores a new inquiry or need together with its two mails (confirmation to the requester, notification to
/// KOMUNITAS), all in one transaction: either the inquiry and both mails exist, or none of them.
/// </summary>
public sealed class InquiryIntake(AppDbContext db, MailOutbox outbox, MailLinks links, IOptions<MailOptions> mail, TimeProvider clock)
{
    public async Task<Inquiry> SubmitAsync(Inquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var now = clock.GetUtcNow().UtcDateTime;
        inquiry.ReceivedAt = now;
        inquiry.ConsentedAt = now;
        inquiry.StatusChangedAt = now;
        inquiry.Status = InquiryStatus.New;
        var districtName = inquiry.DistrictId is { } districtId
            ? await db.Districts.Where(d => d.Id == districtId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken)
            : null;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // Saved first: both mails name the inquiry's number.
            db.Inquiries.Add(inquiry);
            await db.SaveChangesAsync(cancellationToken);
            outbox.Enqueue(InquiryMails.Confirmation(inquiry, districtName, links.To("/datenschutz")));
            if (!string.IsNullOrWhiteSpace(mail.Value.StaffAddress))
            {
                outbox.Enqueue(InquiryMails.StaffNotification(inquiry, districtName, mail.Value.StaffAddress, links.To($"/admin/anfragen/{inquiry.Id}")));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return inquiry;
    }
}
