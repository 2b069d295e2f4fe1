using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Areas.Admin.ViewModels.Partners;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Partners;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The queries of the partner editor: its list, the choices of its selects and the examples it shows.</summary>
public static class PartnerAdminQueries
{
    public static async Task<PagedList<PartnerRowViewModel>> PartnerRowsAsync(
        this AppDbContext db, AdminListInput input, PartnerFilterInput filter, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var query = db.Partners.AsNoTracking().ForAdminList(input).Filtered(filter);
        var ordered = input.Sort == "name" ? query.ByName() : query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id);
        return await ordered.ToRows().ToPageAsync(input.PageNumber, pageSize, cancellationToken);
    }

    /// <summary>All districts and programmes by id, in German alphabetical order.</summary>
    public static async Task<(IReadOnlyList<OptionViewModel> Districts, IReadOnlyList<OptionViewModel> Programmes)> PartnerChoicesAsync(
        this AppDbContext db, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return (
            districts.Select(d => Option(d.Id, d.Name)).OrderBy(o => o.Label, FilterOptions.GermanOrder).ToList(),
            programmes.Select(p => Option(p.Id, p.Name)).OrderBy(o => o.Label, FilterOptions.GermanOrder).ToList());
    }

    /// <summary>The examples that name the partner, whatever their state, except those in the Papierkorb.</summary>
    public static async Task<IReadOnlyList<PartnerExampleLink>> PartnerExampleLinksAsync(this AppDbContext db, int partnerId, CancellationToken cancellationToken) =>
        (await db.Examples.AsNoTracking()
            .Where(e => e.DeletedAt == null && e.Partners.Any(p => p.Id == partnerId))
            .Select(e => new PartnerExampleLink(e.Id, e.Title, e.State))
            .ToListAsync(cancellationToken))
            .OrderBy(e => e.Title, FilterOptions.GermanOrder)
            .ToList();

    private static IQueryable<PartnerRowViewModel> ToRows(this IQueryable<Partner> query) =>
        query.Select(p => new PartnerRowViewModel(p.Id, p.Name, p.Kind, p.District!.Name, p.State, p.PublishAt, p.UpdatedAt));

    private static OptionViewModel Option(int id, string name) => new(id.ToString(CultureInfo.InvariantCulture), name);
}
