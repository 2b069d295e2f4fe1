using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Offers;

public sealed class OfferListViewModel
{
    public required OfferFilterInput Filter { get; init; }

    public required PagedList<OfferCardViewModel> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Kinds { get; init; }

    public required IReadOnlyList<OptionViewModel> FieldsOfWork { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/angebote", Filter.ToQuery());
}
