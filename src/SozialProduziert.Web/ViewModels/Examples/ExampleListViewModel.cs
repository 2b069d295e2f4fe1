using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Examples;

public sealed class ExampleListViewModel
{
    public required ExampleFilterInput Filter { get; init; }

    public required PagedList<ExampleCardViewModel> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> OutputTypes { get; init; }

    public required IReadOnlyList<OptionViewModel> FieldsOfWork { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/praxisbeispiele", Filter.ToQuery());
}
