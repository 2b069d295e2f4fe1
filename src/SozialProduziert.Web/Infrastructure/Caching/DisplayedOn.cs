using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>A content item by type and id.</summary>
public readonly record struct ContentRef(Type Type, int Id);

/// <summary>
/// Which items' pages show a given item, so a change to it (or its appearing or disappearing) evicts their pages
/// too: an example appears on the profiles of its Sozialbetriebe and the showcases of its partners; a Sozialbetrieb
/// on its examples, its offers and the showcases of the partners it worked with; an offer on its Sozialbetrieb's
/// profile; a partner on its examples. Read before a change is saved, so relations that the change removes count.
/// </summary>
public static class DisplayedOn
{
    public static async Task<List<ContentRef>> ItemsAsync(DbContext db, IReadOnlyCollection<ContentRef> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = new List<ContentRef>();
        foreach (var (type, query) in Queries(db, items))
        {
            found.AddRange((await query.Distinct().ToListAsync(cancellationToken)).Select(id => new ContentRef(type, id)));
        }

        return found;
    }

    public static List<ContentRef> Items(DbContext db, IReadOnlyCollection<ContentRef> items)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Queries(db, items)
            .SelectMany(q => q.Ids.Distinct().ToList().Select(id => new ContentRef(q.Type, id)))
            .ToList();
    }

    private static IEnumerable<(Type Type, IQueryable<int> Ids)> Queries(DbContext db, IReadOnlyCollection<ContentRef> items)
    {
        var examples = IdsOf<BestPracticeExample>(items);
        var enterprises = IdsOf<SocialEnterprise>(items);
        var offers = IdsOf<Offer>(items);
        var partners = IdsOf<Partner>(items);

        if (examples.Count > 0)
        {
            var rows = db.Set<BestPracticeExample>().AsNoTracking().Where(e => examples.Contains(e.Id));
            yield return (typeof(SocialEnterprise), rows.SelectMany(e => e.SocialEnterprises.Select(s => s.Id)));
            yield return (typeof(Partner), rows.SelectMany(e => e.Partners.Select(p => p.Id)));
        }

        if (enterprises.Count > 0)
        {
            var linked = db.Set<BestPracticeExample>().AsNoTracking().Where(e => e.SocialEnterprises.Any(s => enterprises.Contains(s.Id)));
            yield return (typeof(BestPracticeExample), linked.Select(e => e.Id));
            yield return (typeof(Partner), linked.SelectMany(e => e.Partners.Select(p => p.Id)));
            yield return (typeof(Offer), db.Set<Offer>().AsNoTracking().Where(o => enterprises.Contains(o.SocialEnterpriseId)).Select(o => o.Id));
        }

        if (offers.Count > 0)
        {
            yield return (typeof(SocialEnterprise), db.Set<Offer>().AsNoTracking().Where(o => offers.Contains(o.Id)).Select(o => o.SocialEnterpriseId));
        }

        if (partners.Count > 0)
        {
            yield return (typeof(BestPracticeExample), db.Set<BestPracticeExample>().AsNoTracking()
                .Where(e => e.Partners.Any(p => partners.Contains(p.Id))).Select(e => e.Id));
        }
    }

    private static List<int> IdsOf<T>(IReadOnlyCollection<ContentRef> items) =>
        items.Where(i => i.Type == typeof(T) && i.Id > 0).Select(i => i.Id).Distinct().ToList();
}
