using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.AuditLog;

/// <summary>The audit log's filter by kind of entry and its page, bound leniently from German query names.</summary>
public sealed class AuditLogInput
{
    [FromQuery(Name = "gruppe")]
    public string? Group { get; set; }

    [FromQuery(Name = "seite")]
    public string? Page { get; set; }

    public int PageNumber => SozialProduziert.Web.ViewModels.Common.PageNumber.Parse(Page);

    /// <summary>The actions of the chosen group; null shows everything (also for unknown values).</summary>
    public IReadOnlyList<AuditAction>? Actions => Group switch
    {
        "anmeldungen" => AuditActions.SignIns,
        "konten" => AuditActions.Accounts,
        "inhalte" => AuditActions.Content,
        _ => null,
    };

    public IReadOnlyDictionary<string, string?> ToQuery() => new Dictionary<string, string?> { ["gruppe"] = Actions is null ? null : Group };

    public static IReadOnlyList<OptionViewModel> GroupOptions { get; } =
    [
        new("anmeldungen", "Anmeldungen"),
        new("konten", "Konten"),
        new("inhalte", "Inhalte"),
    ];
}

/// <summary>The groups of audit actions and their German wording.</summary>
public static class AuditActions
{
    public static readonly IReadOnlyList<AuditAction> SignIns =
        [AuditAction.SignInSucceeded, AuditAction.SignInFailed, AuditAction.LockedOut, AuditAction.SignedOut, AuditAction.SignedOutEverywhere];

    public static readonly IReadOnlyList<AuditAction> Accounts =
    [
        AuditAction.TwoFactorEnabled, AuditAction.TwoFactorDisabled, AuditAction.PasswordChanged, AuditAction.PasswordReset,
        AuditAction.AccountCreated, AuditAction.AccountChanged, AuditAction.PasswordResetRequested,
    ];

    public static readonly IReadOnlyList<AuditAction> Content = Enum.GetValues<AuditAction>().Except(SignIns).Except(Accounts).ToList();

    public static string Label(this AuditAction action) => action switch
    {
        AuditAction.SignInSucceeded => "Angemeldet",
        AuditAction.SignInFailed => "Anmeldung fehlgeschlagen",
        AuditAction.LockedOut => "Gesperrt nach Fehlversuchen",
        AuditAction.SignedOut => "Abgemeldet",
        AuditAction.SignedOutEverywhere => "Überall abgemeldet",
        AuditAction.TwoFactorEnabled => "Zwei-Faktor-Anmeldung eingeschaltet",
        AuditAction.TwoFactorDisabled => "Zwei-Faktor-Anmeldung ausgeschaltet",
        AuditAction.PasswordChanged => "Passwort geändert",
        AuditAction.PasswordReset => "Passwort zurückgesetzt",
        AuditAction.AccountCreated => "Konto angelegt",
        AuditAction.AccountChanged => "Konto geändert",
        AuditAction.ContentCreated => "Inhalt angelegt",
        AuditAction.ContentUpdated => "Inhalt bearbeitet",
        AuditAction.ContentPublished => "Inhalt veröffentlicht",
        AuditAction.ContentArchived => "Inhalt archiviert",
        AuditAction.ContentDeleted => "In den Papierkorb gelegt",
        AuditAction.ContentRestored => "Aus dem Papierkorb geholt",
        AuditAction.ContentPurged => "Endgültig gelöscht",
        AuditAction.RevisionRestored => "Fassung wiederhergestellt",
        AuditAction.MediaUploaded => "Bild hochgeladen",
        AuditAction.ProgrammeSaved => "Programm gespeichert",
        AuditAction.ProgrammeDeleted => "Programm gelöscht",
        AuditAction.RegistrationRecorded => "Interessensbekundung erfasst",
        AuditAction.RegistrationBackdated => "Interessensbekundung nachgetragen (früherer Eingang)",
        AuditAction.RegistrationStatusChanged => "Status einer Interessensbekundung geändert",
        AuditAction.RegistrationConfirmed => "Teilnahme zugesagt",
        AuditAction.ConsultingEntryAdded => "Beratung eingetragen",
        AuditAction.ConsultingEntryChanged => "Beratungseintrag geändert",
        AuditAction.ConsultingEntryDeleted => "Beratungseintrag gelöscht",
        AuditAction.SettlementExported => "Abrechnung exportiert",
        AuditAction.InquiryStatusChanged => "Anfrage: Status geändert",
        AuditAction.InquiryAssigned => "Anfrage einem Sozialbetrieb zugewiesen",
        AuditAction.InquiryUnassigned => "Zuweisung einer Anfrage entfernt",
        AuditAction.MailResent => "E-Mail erneut gesendet",
        AuditAction.PasswordResetRequested => "Link zum Zurücksetzen des Passworts angefordert",
        AuditAction.PersonalDataExported => "Personenbezogene Daten exportiert",
        AuditAction.PersonalDataErased => "Personenbezogene Daten gelöscht",
        AuditAction.RetentionAnonymised => "Nach Ablauf der Speicherfrist anonymisiert",
        _ => Services.PartnerArea.PartnerAuditLabels.Label(action) ?? action.ToString(),
    };

    /// <summary>Failed and locked sign-ins stand out in the list (in words, not by colour alone).</summary>
    public static bool IsWarning(this AuditAction action) => action is AuditAction.SignInFailed or AuditAction.LockedOut;

    /// <summary>The German name of a content type as stored in the log (the entity's class name).</summary>
    public static string ContentTypeLabel(string? contentType) => contentType switch
    {
        null => "",
        nameof(BestPracticeExample) => "Praxisbeispiel",
        nameof(SocialEnterprise) => "Sozialbetrieb",
        nameof(Offer) => "Angebot",
        nameof(Partner) => "Partner",
        nameof(Inquiry) => "Anfrage",
        nameof(OutboxMail) => "E-Mail",
        nameof(Domain.Page) => "Seite",
        nameof(Download) => "Download",
        nameof(FieldOfWork) => "Arbeitsfeld",
        nameof(QualityMark) => "Gütesiegel",
        nameof(Programme) => "Programm",
        nameof(InterestRegistration) => "Interessensbekundung",
        nameof(ConsultingEntry) => "Beratungseintrag",
        _ => contentType,
    };
}

/// <summary>One line of the audit log as shown to Administrators.</summary>
public sealed record AuditEntryViewModel(DateTime At, AuditAction Action, string? UserName, string? ContentType, int? ContentId, string? Details);

public sealed class AuditLogViewModel
{
    public required AuditLogInput Input { get; init; }

    public required PagedList<AuditEntryViewModel> Results { get; init; }

    public PagerViewModel Pager => new(Results.Page, Results.PageCount, "/admin/protokoll", Input.ToQuery());
}
