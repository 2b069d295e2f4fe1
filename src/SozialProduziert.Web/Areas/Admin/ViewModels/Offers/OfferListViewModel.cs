using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Offers;

/// <summary>The offer list's own filters beside search, state and sorting; malformed values mean "no filter".</summary>
public sealed class OfferListFilter
{
    [FromQuery(Name = "sozialbetrieb")]
    public string? Enterprise { get; set; }

    [FromQuery(Name = "art")]
    public string? Kind { get; set; }

    public int? EnterpriseValue => int.TryParse(Enterprise, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public OfferKind? KindValue => GermanLabels.FromUrlKey<OfferKind>(Kind, k => k.UrlKey());
}

public sealed record OfferRow(int Id, string Title, string EnterpriseName, OfferKind Kind, PublishState State, DateTime PublishAt, DateTime UpdatedAt);

public sealed class OfferListViewModel
{
    public required AdminListInput Input { get; init; }

    public required OfferListFilter Filter { get; init; }

    public required PagedList<OfferRow> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Enterprises { get; init; }

    public IReadOnlyList<OptionViewModel> Kinds { get; } = FilterOptions.OfferKinds();

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/angebote", new Dictionary<string, string?>(Input.ToQuery())
    {
        ["sozialbetrieb"] = Filter.EnterpriseValue?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["art"] = Filter.KindValue?.UrlKey(),
    });
}
