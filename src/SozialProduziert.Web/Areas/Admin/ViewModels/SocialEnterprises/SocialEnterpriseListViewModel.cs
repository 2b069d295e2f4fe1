using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.SocialEnterprises;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.SocialEnterprises;

/// <summary>The Sozialbetrieb list's own filters beside search, state and sorting; malformed values mean "no filter".</summary>
public sealed class SocialEnterpriseListFilter
{
    [FromQuery(Name = "bezirk")]
    public string? District { get; set; }

    [FromQuery(Name = "segment")]
    public string? Segment { get; set; }

    public string? DistrictValue => FilterValue.SlugOrNull(District);

    public string? SegmentValue => SegmentChoice.Normalize(Segment);

    public IReadOnlyList<LabourMarketSegment>? Segments => SegmentChoice.Parse(Segment);
}

public sealed record SocialEnterpriseRow(int Id, string Name, string DistrictName, LabourMarketSegment Segment, PublishState State, DateTime PublishAt, DateTime UpdatedAt);

public sealed class SocialEnterpriseListViewModel
{
    public required AdminListInput Input { get; init; }

    public required SocialEnterpriseListFilter Filter { get; init; }

    public required PagedList<SocialEnterpriseRow> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public IReadOnlyList<OptionViewModel> Segments { get; } = SegmentChoice.Options();

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/sozialbetriebe", new Dictionary<string, string?>(Input.ToQuery())
    {
        ["bezirk"] = Filter.DistrictValue,
        ["segment"] = Filter.SegmentValue,
    });
}
