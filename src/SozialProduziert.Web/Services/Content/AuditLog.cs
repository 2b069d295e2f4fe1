using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Content;

/// <summary>Writes audit entries. Entries are added to the context and saved with the caller's next save.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock, CurrentUser user)
{
    public void Add(AuditAction action, string? details = null, string? contentType = null, int? contentId = null, string? userName = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Action = action,
            UserName = userName ?? user.Name,
            ContentType = contentType,
            ContentId = contentId,
            Details = details is { Length: > 1000 } ? details[..1000] : details,
        });

    public async Task WriteAsync(AuditAction action, string? details, string? userName, CancellationToken cancellationToken)
    {
        Add(action, details, userName: userName);
        await db.SaveChangesAsync(cancellationToken);
    }
}
