using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>
/// The firm the signed-in partner account speaks for, taken from the account's membership and never from the
/// request: every page of <c>/mein-bereich</c> reads and writes only this firm's data.
/// </summary>
public sealed class CurrentPartner(AppDbContext db, CurrentUser user)
{
    private int? _id;
    private bool _loaded;

    public async Task<int?> IdAsync(CancellationToken cancellationToken)
    {
        if (!_loaded)
        {
            var userId = user.Id;
            _id = userId is null
                ? null
                : await db.PartnerMembers.AsNoTracking()
                    .Where(m => m.UserId == userId && m.Partner!.DeletedAt == null)
                    .Select(m => (int?)m.PartnerId)
                    .FirstOrDefaultAsync(cancellationToken);
            _loaded = true;
        }

        return _id;
    }
}
