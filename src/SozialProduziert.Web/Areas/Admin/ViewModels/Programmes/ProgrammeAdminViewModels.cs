using SozialProduziert.Web.Areas.Admin.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;

/// <summary>A row of the programme list with its queue at a glance.</summary>
public sealed record ProgrammeRowViewModel(int Id, string Name, string Period, int Places, int Registrations, int Selected, int Waitlisted, int Confirmed);

/// <summary>The programme form; <see cref="RegistrationCount"/> decides whether it may be deleted.</summary>
public sealed class ProgrammeEditViewModel
{
    public required EditFormViewModel<ProgrammeInput> Form { get; init; }

    public string? StoredName { get; init; }

    public int RegistrationCount { get; init; }

    public int PartnerCount { get; init; }

    public ProgrammeInput Input => Form.Input;

    public string Heading => Form.IsNew ? "Neues Programm" : StoredName ?? Input.Name ?? "";
}
