using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Common;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Programmes;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Programmes;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Programmes;

/// <summary>The filters of the registration list, bound leniently from German query names.</summary>
public sealed class RegistrationListInput
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "weg")]
    public string? Channel { get; set; }

    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    public RegistrationStatus? StatusValue => GermanLabels.FromUrlKey<RegistrationStatus>(Status, s => s.UrlKey());

    public RegistrationChannel? ChannelValue => GermanLabels.FromUrlKey<RegistrationChannel>(Channel, c => c.UrlKey());

    public static IReadOnlyList<OptionViewModel> StatusOptions { get; } =
        Enum.GetValues<RegistrationStatus>().Select(s => new OptionViewModel(s.UrlKey(), s.Label())).ToList();

    public static IReadOnlyList<OptionViewModel> ChannelOptions { get; } =
        Enum.GetValues<RegistrationChannel>().Select(c => new OptionViewModel(c.UrlKey(), c.Label())).ToList();
}

/// <summary>A registration that came in person, by e-mail or phone, recorded by staff with its real arrival time.</summary>
public sealed class RecordRegistrationInput : RegistrationFieldsInput
{
    /// <summary>Wall-clock time in Vienna when the interest arrived.</summary>
    [Required(ErrorMessage = "Bitte geben Sie an, wann die Interessensbekundung eingelangt ist (Datum und Uhrzeit).")]
    public DateTime? ArrivedAtLocal { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie, wie die Interessensbekundung eingelangt ist.")]
    public string? Channel { get; set; } = RegistrationChannel.Email.UrlKey();

    public bool SendConfirmation { get; set; } = true;

    [Range(typeof(bool), "true", "true", ErrorMessage = "Bitte bestätigen Sie, dass die Einwilligung der Person zur Speicherung vorliegt.")]
    public bool Consent { get; set; }

    public RegistrationChannel? ChannelValue => GermanLabels.FromUrlKey<RegistrationChannel>(Channel, c => c.UrlKey());

    public static IReadOnlyList<OptionViewModel> ChannelOptions { get; } =
        Enum.GetValues<RegistrationChannel>().Where(c => c != RegistrationChannel.Online).Select(c => new OptionViewModel(c.UrlKey(), c.Label())).ToList();

    public IEnumerable<(string Field, string Message)> StaffProblems(DateTime utcNow)
    {
        if (!string.IsNullOrEmpty(Channel) && ChannelValue is null or RegistrationChannel.Online)
        {
            yield return (nameof(Channel), "Bitte wählen Sie persönlich, E-Mail oder Telefon.");
        }

        if (ArrivedAtLocal is { } local && Infrastructure.ViennaTime.ToUtc(local) > utcNow)
        {
            yield return (nameof(ArrivedAtLocal), "Der Eingang kann nicht in der Zukunft liegen.");
        }
    }
}

/// <summary>One step of a registration's status, posted by the buttons on its page.</summary>
public sealed class StatusChangeInput
{
    public string? Target { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>"neu" for a new draft partner, otherwise a partner's id.</summary>
    public string? Partner { get; set; }

    public const string NewPartner = "neu";

    public RegistrationStatus? TargetValue => GermanLabels.FromUrlKey<RegistrationStatus>(Target, s => s.UrlKey());

    public int? ExistingPartnerId => int.TryParse(Partner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}

/// <summary>One consulting session, as staff enter it on the registration's page.</summary>
public sealed class ConsultingEntryInput
{
    [Required(ErrorMessage = "Bitte geben Sie das Datum der Beratung an.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie an, wer beraten hat.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    public string? Consultant { get; set; }

    [Required(ErrorMessage = "Bitte wählen Sie die Art der Beratung.")]
    public string? Kind { get; set; } = ConsultingKind.ConsultingHour.UrlKey();

    [Required(ErrorMessage = "Bitte geben Sie die Dauer an.")]
    public string? Duration { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie das Thema an.")]
    [StringLength(500, ErrorMessage = "Das Thema darf höchstens {1} Zeichen lang sein.")]
    public string? Topic { get; set; }

    [StringLength(2000, ErrorMessage = "Die Idee darf höchstens {1} Zeichen lang sein.")]
    public string? Idea { get; set; }

    public ConsultingKind? KindValue => GermanLabels.FromUrlKey<ConsultingKind>(Kind, k => k.UrlKey());

    public static IReadOnlyList<OptionViewModel> KindOptions { get; } =
        Enum.GetValues<ConsultingKind>().Select(k => new OptionViewModel(k.UrlKey(), k.Label())).ToList();

    public static ConsultingEntryInput From(ConsultingEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ConsultingEntryInput
        {
            Date = entry.Date,
            Consultant = entry.Consultant,
            Kind = entry.Kind.UrlKey(),
            Duration = QuarterHours.Format(entry.Minutes),
            Topic = entry.Topic,
            Idea = entry.Idea,
        };
    }

    /// <summary>The details to save, or null with the problems added through <paramref name="problem"/>.</summary>
    public ConsultingDetails? ToDetails(Action<string, string> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!string.IsNullOrEmpty(Kind) && KindValue is null)
        {
            problem(nameof(Kind), "Bitte wählen Sie die Art aus der Liste.");
        }

        var minutes = 0;
        if (!string.IsNullOrEmpty(Duration) && (!QuarterHours.TryParse(Duration, out minutes) || minutes == 0))
        {
            problem(nameof(Duration), "Bitte geben Sie die Dauer in Viertelstunden an, z. B. 0,75, 1,5 oder 1:30.");
        }

        return Date is { } date && KindValue is { } kind && minutes > 0 && Consultant is not null && Topic is not null
            ? new ConsultingDetails(date, Consultant, kind, minutes, Topic, Idea)
            : null;
    }
}
