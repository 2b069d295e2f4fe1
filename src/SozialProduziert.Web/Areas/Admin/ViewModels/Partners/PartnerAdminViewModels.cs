using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Partners;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Partners;

/// <summary>The partner list: the shared search, state and sort fields plus the showcase's own kind and district filters.</summary>
public sealed class PartnerIndexViewModel
{
    public const string Path = "/admin/partner";

    public static IReadOnlyList<OptionViewModel> SortOptions { get; } = [new("name", "Name A–Z")];

    public required AdminListInput Input { get; init; }

    /// <summary>Kind and district, bound from the same query names as the public showcase (art, bezirk).</summary>
    public required PartnerFilterInput Filter { get; init; }

    public required PagedList<PartnerRowViewModel> Results { get; init; }

    public required IReadOnlyList<OptionViewModel> Kinds { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, Path,
        Input.ToQuery().Concat(Filter.ToQuery()).ToDictionary(p => p.Key, p => p.Value));
}

/// <summary>A row of the partner list.</summary>
public sealed record PartnerRowViewModel(int Id, string Name, PartnerKind Kind, string District, PublishState State, DateTime PublishAt, DateTime UpdatedAt);

/// <summary>The partner form with what it needs around it: the choices of its selects, its examples and its logo.</summary>
public sealed class PartnerEditViewModel
{
    public required EditFormViewModel<PartnerInput> Form { get; init; }

    public IReadOnlyList<OptionViewModel> Kinds { get; } = PartnerKinds.Options();

    /// <summary>All 24 districts by id, in German alphabetical order.</summary>
    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    public required IReadOnlyList<OptionViewModel> Programmes { get; init; }

    /// <summary>Every example naming this partner, whatever its state (not those in the Papierkorb); edited on the example.</summary>
    public IReadOnlyList<PartnerExampleLink> Examples { get; init; } = [];

    /// <summary>The stored logo, shown above the upload field (<c>_LogoField</c>).</summary>
    public ImageViewModel? Logo { get; init; }

    /// <summary>The saved name for headings, so emptying the name field does not blank the page title.</summary>
    public string? StoredName { get; init; }

    public string Heading => Form.IsNew ? "Neuer Partner" : string.IsNullOrWhiteSpace(StoredName) ? Input.Name : StoredName;

    /// <summary>The live address while the partner is on the website; null otherwise.</summary>
    public string? PublicUrl { get; init; }

    public PartnerInput Input => Form.Input;

    public string? DistrictName(int? id) => Districts.FirstOrDefault(o => IsChosen(o, id))?.Label;

    public string? ProgrammeName(int? id) => Programmes.FirstOrDefault(o => IsChosen(o, id))?.Label;

    /// <summary>True when the select option stands for the id (options carry ids as their value).</summary>
    public static bool IsChosen(OptionViewModel option, int? id) =>
        id is { } key && option?.Value == key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An example the partner took part in, linking to its admin page.</summary>
public sealed record PartnerExampleLink(int Id, string Title, PublishState State)
{
    public string AdminUrl => $"/admin/praxisbeispiele/{Id}";
}
