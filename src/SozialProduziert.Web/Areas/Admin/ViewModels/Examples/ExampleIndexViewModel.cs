using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Examples;

/// <summary>One page of the example list, filtered like every admin list plus by output type ("art").</summary>
public sealed class ExampleIndexViewModel
{
    public const string Path = "/admin/praxisbeispiele";

    public required AdminListInput Input { get; init; }

    /// <summary>The URL key of the output type filter, or null when none (or an unknown one) was asked for.</summary>
    public string? Output { get; init; }

    public required PagedList<ExampleRowViewModel> Results { get; init; }

    public static IReadOnlyList<OptionViewModel> SortOptions { get; } = [new("titel", "Titel A–Z"), new("jahr", "Jahr, neueste zuerst")];

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, Path, new Dictionary<string, string?>(Input.ToQuery()) { ["art"] = Output });
}

public sealed record ExampleRowViewModel(int Id, string Title, PublishState State, DateTime PublishAt, DateTime UpdatedAt, OutputType OutputType, int YearFrom, int? YearTo, bool IsOngoing)
{
    public string Period => YearLabel.Format(YearFrom, YearTo, IsOngoing);
}
