using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Common;

/// <summary>Search, state filter, sorting and paging of every admin list, bound leniently from the query.</summary>
public sealed class AdminListInput
{
    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "sortierung")]
    public string? Sort { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public int PageNumber => SozialProduziert.Web.ViewModels.Common.PageNumber.Parse(Page);

    public PublishState? State => Status switch
    {
        "entwurf" => PublishState.Draft,
        "veroeffentlicht" => PublishState.Published,
        "archiviert" => PublishState.Archived,
        _ => null,
    };

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?>
    {
        ["q"] = Text,
        ["status"] = State is null ? null : Status,
        ["sortierung"] = Sort,
    };

    public static IReadOnlyList<OptionViewModel> StateOptions { get; } =
    [
        new("entwurf", "Entwurf"),
        new("veroeffentlicht", "Veröffentlicht"),
        new("archiviert", "Archiviert"),
    ];
}
