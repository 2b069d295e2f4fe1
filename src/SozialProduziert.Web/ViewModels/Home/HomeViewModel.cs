using SozialProduziert.Web.ViewModels.Examples;

namespace SozialProduziert.Web.ViewModels.Home;

public sealed class HomeViewModel
{
    public required IReadOnlyList<ExampleCardViewModel> LatestExamples { get; init; }

    public required KeyFiguresViewModel Figures { get; init; }
}

/// <summary>The counts and summed impact of everything that is public right now.</summary>
public sealed record KeyFiguresViewModel(
    int Examples, int SocialEnterprises, int Offers, int Partners, long MaterialReusedKg, long ProgrammeWorkHours, long PeopleEmployed);
