using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Examples;

public sealed class ExampleDetailViewModel
{
    public int Id { get; init; }

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string Teaser { get; init; } = "";

    public string BodyMarkdown { get; init; } = "";

    public OutputType OutputType { get; init; }

    public int YearFrom { get; init; }

    public int? YearTo { get; init; }

    public bool IsOngoing { get; init; }

    public string Period => YearLabel.Format(YearFrom, YearTo, IsOngoing);

    public int? MaterialReusedKg { get; init; }

    public int? ProgrammeWorkHours { get; init; }

    public int? PeopleEmployed { get; init; }

    public string? QuoteText { get; init; }

    public string? QuoteAuthor { get; init; }

    public IReadOnlyList<LinkViewModel> Partners { get; set; } = [];

    public IReadOnlyList<LinkViewModel> SocialEnterprises { get; set; } = [];

    public IReadOnlyList<string> FieldsOfWork { get; set; } = [];

    public IReadOnlyList<int> GalleryImageIds { get; set; } = [];

    public IReadOnlyList<ImageViewModel> Gallery { get; set; } = [];

    public bool HasImpactFigures => MaterialReusedKg is not null || ProgrammeWorkHours is not null || PeopleEmployed is not null;
}
