using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Pages;

namespace SozialProduziert.Web.ViewModels.Programmes;

/// <summary>The programme a visitor can register for, with its period as Vienna dates.</summary>
public sealed record ProgrammeWindowViewModel(int Id, string Name, int Places, RegistrationWindow Window, DateOnly? FirstDay, DateOnly? LastDay);

/// <summary>"Mitmachen": the editorial text, then the registration form or why there is none right now.</summary>
public sealed class JoinInViewModel
{
    /// <summary>The editorial page "mitmachen", when published.</summary>
    public PageViewModel? Page { get; init; }

    public ProgrammeWindowViewModel? Programme { get; init; }

    public required InterestRegistrationInput Input { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }

    /// <summary>False after a refused submission: the page then starts with the form and its errors.</summary>
    public bool ShowIntroduction { get; init; } = true;

    public bool IsOpen => Programme?.Window == RegistrationWindow.Open;

    public string Title => Page?.Title ?? "Mitmachen";
}

/// <summary>A firm's own confirmation page, reached only through the unguessable link it was given.</summary>
public sealed record RegistrationConfirmationViewModel(string ProgrammeName, IReadOnlyList<string> Paragraphs);

/// <summary>The fields of <c>_RegistrationFields</c>: the facts of a registration, online or recorded by staff.</summary>
public sealed record RegistrationFieldsViewModel(RegistrationFieldsInput Input, IReadOnlyList<OptionViewModel> Districts);
