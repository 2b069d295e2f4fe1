namespace SozialProduziert.Web.Domain;

/// <summary>One line of the audit log: sign-ins (also failed ones) and content changes, for administrators.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>The account name involved (the attempted one for failed sign-ins); never a password.</summary>
    public string? UserName { get; set; }

    public string? ContentType { get; set; }

    public int? ContentId { get; set; }

    public string? Details { get; set; }
}

public enum AuditAction
{
    SignInSucceeded = 0,
    SignInFailed = 1,
    LockedOut = 2,
    SignedOut = 3,
    SignedOutEverywhere = 4,
    TwoFactorEnabled = 5,
    TwoFactorDisabled = 6,
    PasswordChanged = 7,
    PasswordReset = 8,
    AccountCreated = 9,
    AccountChanged = 10,
    ContentCreated = 20,
    ContentUpdated = 21,
    ContentPublished = 22,
    ContentArchived = 23,
    ContentDeleted = 24,
    ContentRestored = 25,
    ContentPurged = 26,
    RevisionRestored = 27,
    MediaUploaded = 28,

    // Programmes, interest registrations and the consulting ledger (40–49).
    ProgrammeSaved = 40,
    ProgrammeDeleted = 41,
    RegistrationRecorded = 42,
    RegistrationBackdated = 43,
    RegistrationStatusChanged = 44,
    RegistrationConfirmed = 45,
    ConsultingEntryAdded = 46,
    ConsultingEntryChanged = 47,
    ConsultingEntryDeleted = 48,
    SettlementExported = 49,
    InquiryStatusChanged = 50,
    InquiryAssigned = 51,
    InquiryUnassigned = 52,
    MailResent = 53,
    PasswordResetRequested = 54,
    PersonalDataExported = 55,
    PersonalDataErased = 56,
    RetentionAnonymised = 57,

    // Partner area (issue 7): 70-89.
    PartnerInvited = 70,
    PartnerInvitationRevoked = 71,
    PartnerAccountCreated = 72,
    ShowcaseApproved = 73,
    ShowcaseChangesRequested = 74,
    ShowcaseChangeRequestResolved = 75,
    ImpactFigureCreated = 76,
    ImpactFigureUpdated = 77,
    ImpactFigureDeleted = 78,
    ImpactFigureConfirmedByPartner = 79,
    ImpactFigureConfirmedByEnterprise = 80,
}
