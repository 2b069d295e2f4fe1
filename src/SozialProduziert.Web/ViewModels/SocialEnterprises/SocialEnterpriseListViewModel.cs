using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.SocialEnterprises;

public sealed class SocialEnterpriseListViewModel
{
    public required SocialEnterpriseFilterInput Filter { get; init; }

    public required PagedList<SocialEnterpriseCardViewModel> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public required IReadOnlyList<OptionViewModel> FieldsOfWork { get; init; }

    public required IReadOnlyList<OptionViewModel> Segments { get; init; }

    public required IReadOnlyList<OptionViewModel> QualityMarks { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/sozialbetriebe", Filter.ToQuery());
}
