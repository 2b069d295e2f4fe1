using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Inquiries;

/// <summary>The inbox filter: status (open ones by default) and a search, bound leniently from German query names.</summary>
public sealed class InquiryFilterInput
{
    public const string AllKey = "alle";

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public int PageNumber => SozialProduziert.Web.ViewModels.Common.PageNumber.Parse(Page);

    public string? SearchText => string.IsNullOrWhiteSpace(Query) ? null : Query.Trim()[..Math.Min(Query.Trim().Length, 100)];

    /// <summary>The statuses to show: the chosen one, all with "alle", and the open ones otherwise.</summary>
    public IReadOnlyList<InquiryStatus> Statuses =>
        Status == AllKey ? Enum.GetValues<InquiryStatus>()
        : Enum.GetValues<InquiryStatus>().Where(s => s.UrlKey() == Status).ToList() is { Count: 1 } chosen ? chosen
        : Enum.GetValues<InquiryStatus>().Where(InquiryStatusFlow.IsOpen).ToList();

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?> { ["status"] = Status, ["q"] = SearchText };

    public static IReadOnlyList<OptionViewModel> StatusOptions { get; } =
        [.. Enum.GetValues<InquiryStatus>().Select(s => new OptionViewModel(s.UrlKey(), s.Label())), new(AllKey, "Alle, auch erledigte")];
}

public sealed record InquiryRow(int Id, DateTime ReceivedAt, InquiryKind Kind, OutputType? NeedKind, string? Topic, string? Organisation,
    string ContactPerson, string? DistrictName, InquiryStatus Status, int Assignments, bool Anonymised)
{
    public string Subject => Kind == InquiryKind.Need ? $"Bedarf: {NeedKind?.NeedLabel()}" : $"Anfrage zu {Topic}";
}

public sealed class InquiryInboxViewModel
{
    public required InquiryFilterInput Filter { get; init; }

    public required PagedList<InquiryRow> Results { get; init; }

    public required IReadOnlyDictionary<InquiryStatus, int> Counts { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/anfragen", Filter.ToQuery());
}
