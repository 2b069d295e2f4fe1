using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Examples;

/// <summary>An example as a card in lists: on the home page, the example list, profiles and showcase pages.</summary>
public sealed class ExampleCardViewModel
{
    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string Teaser { get; init; } = "";

    public OutputType OutputType { get; init; }

    public int YearFrom { get; init; }

    public int? YearTo { get; init; }

    public bool IsOngoing { get; init; }

    public int? ImageId { get; init; }

    public ImageViewModel? Image { get; set; }

    public string Period => YearLabel.Format(YearFrom, YearTo, IsOngoing);
}
