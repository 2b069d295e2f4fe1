using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Partners;

public sealed class PartnerListViewModel
{
    public required PartnerFilterInput Filter { get; init; }

    public required PagedList<PartnerCardViewModel> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Kinds { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/auslage", Filter.ToQuery());
}
