using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Programmes;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;

/// <summary>A row of the queue as staff see it.</summary>
public sealed record RegistrationRowViewModel(
    int Id, int ArrivalNumber, DateTime ArrivedAt, DateTime RecordedAt, RegistrationChannel Channel, string CompanyName, string ContactPerson,
    string District, CompanySize Size, RegistrationStatus Status, QueuePosition Position, bool Anonymised)
{
    /// <summary>Recorded later than it arrived (by staff, with its real time).</summary>
    public bool IsBackdated => Channel != RegistrationChannel.Online;
}

/// <summary>The programme a registration page belongs to.</summary>
public sealed record ProgrammeHeadViewModel(int Id, string Name, int Places);

/// <summary>The queue of a programme in arrival order, with its filters.</summary>
public sealed class RegistrationListViewModel
{
    public required ProgrammeHeadViewModel Programme { get; init; }

    public required RegistrationListInput Input { get; init; }

    public required IReadOnlyList<RegistrationRowViewModel> Rows { get; init; }

    public required int Total { get; init; }

    public string Path => $"/admin/programme/{Programme.Id}/anmeldungen";
}

/// <summary>The form to record a registration that came in person, by e-mail or phone.</summary>
public sealed class RecordRegistrationViewModel
{
    public required ProgrammeHeadViewModel Programme { get; init; }

    public required RecordRegistrationInput Input { get; init; }

    public required IReadOnlyList<OptionViewModel> Districts { get; init; }
}

/// <summary>One registration with its status steps and its consulting ledger.</summary>
public sealed class RegistrationDetailViewModel
{
    public required ProgrammeHeadViewModel Programme { get; init; }

    public required RegistrationFactsViewModel Registration { get; init; }

    public required string District { get; init; }

    public required QueuePosition Position { get; init; }

    public string? PartnerName { get; init; }

    public required IReadOnlyList<RegistrationStatus> NextSteps { get; init; }

    /// <summary>Partners to link on confirmation; the one whose name matches the company comes first.</summary>
    public required IReadOnlyList<OptionViewModel> Partners { get; init; }

    public string? SuggestedPartner { get; init; }

    public required IReadOnlyList<ConsultingEntryRowViewModel> Entries { get; init; }

    public required ConsultingBudget Budget { get; init; }

    public ConsultingEntryInput EntryInput { get; init; } = new();

    public bool CanBook => ConsultingLedger.CanBook(Registration.Status);

    public string PositionText => QueueWording.Describe(Position, Programme.Places);
}

/// <summary>What staff read about one registration.</summary>
public sealed record RegistrationFactsViewModel(
    int Id, int ArrivalNumber, DateTime ArrivedAt, DateTime RecordedAt, RegistrationChannel Channel, string? RecordedBy,
    string CompanyName, string ContactPerson, string Email, string? Phone, CompanySize CompanySize, string Ideas,
    RegistrationStatus Status, DateTime StatusChangedAt, DateOnly? ConfirmedOn, int? PartnerId, DateTime? AnonymisedAt);

/// <summary>One line of the consulting ledger.</summary>
public sealed record ConsultingEntryRowViewModel(int Id, DateOnly Date, string Consultant, ConsultingKind Kind, int Minutes, string Topic, string? Idea);

/// <summary>The form to correct one consulting entry.</summary>
public sealed record ConsultingEntryEditViewModel(int EntryId, int RegistrationId, string CompanyName, ProgrammeHeadViewModel Programme, ConsultingEntryInput Input, ConsultingBudget Budget);

/// <summary>The print page: the settlement, whether it covers one firm only, and when it was made.</summary>
public sealed record SettlementPrintViewModel(Settlement Settlement, int? RegistrationId, DateTime CreatedAt);
