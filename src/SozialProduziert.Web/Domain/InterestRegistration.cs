namespace SozialProduziert.Web.Domain;

/// <summary>
/// A firm's interest in taking part in a programme ("Interessensbekundung"), online or recorded by staff.
/// The queue is ordered by <see cref="ArrivedAt"/>, ties by <see cref="ArrivalNumber"/> (the order stored).
/// </summary>
public class InterestRegistration
{
    public int Id { get; set; }

    public int ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    /// <summary>1, 2, 3 … per programme in the order the registrations were stored: unique and without gaps.</summary>
    public int ArrivalNumber { get; set; }

    /// <summary>When the interest arrived (UTC): the server clock online, the real time for those staff record.</summary>
    public DateTime ArrivedAt { get; set; }

    /// <summary>When the registration was stored (UTC); later than <see cref="ArrivedAt"/> for back-dated records.</summary>
    public DateTime RecordedAt { get; set; }

    public RegistrationChannel Channel { get; set; }

    /// <summary>The staff member who recorded it; null for online registrations.</summary>
    public string? RecordedBy { get; set; }

    public string CompanyName { get; set; } = "";

    /// <summary>The company name folded without legal form (<see cref="CompanyNames.Key"/>), to recognise a second registration.</summary>
    public string CompanyKey { get; set; } = "";

    public string ContactPerson { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The e-mail address trimmed and in lower case, for duplicates and DSGVO requests.</summary>
    public string EmailKey { get; set; } = "";

    public string? Phone { get; set; }

    public int DistrictId { get; set; }

    public District? District { get; set; }

    public CompanySize CompanySize { get; set; }

    /// <summary>Ideas or residual materials in a few sentences.</summary>
    public string Ideas { get; set; } = "";

    public DateTime ConsentedAt { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTime StatusChangedAt { get; set; }

    /// <summary>The day the Land's department confirmed the participation ("Zugesagt").</summary>
    public DateOnly? ConfirmedOn { get; set; }

    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>Random, unguessable key of the firm's own confirmation page.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>Set when the personal fields were anonymised (DSGVO erasure or retention).</summary>
    public DateTime? AnonymisedAt { get; set; }

    public List<ConsultingEntry> ConsultingEntries { get; set; } = [];
}

public enum RegistrationChannel
{
    Online = 0,
    InPerson = 1,
    Email = 2,
    Phone = 3,
}

/// <summary>Eingelangt → Vorläufig ausgewählt / Warteliste → Zugesagt → In Beratung → Abgeschlossen; or Zurückgezogen / Ungültig.</summary>
public enum RegistrationStatus
{
    Received = 0,
    Selected = 1,
    Waitlisted = 2,
    Confirmed = 3,
    InConsulting = 4,
    Completed = 5,
    Withdrawn = 6,
    Invalid = 7,
}

/// <summary>The Austrian size classes by number of employees.</summary>
public enum CompanySize
{
    Micro = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
}

public static class RegistrationStatuses
{
    /// <summary>The Land has confirmed these: their places are firm, the queue never moves them.</summary>
    public static bool IsConfirmed(this RegistrationStatus status) =>
        status is RegistrationStatus.Confirmed or RegistrationStatus.InConsulting or RegistrationStatus.Completed;

    /// <summary>Still waiting for a place or holding one provisionally: the queue decides between the two.</summary>
    public static bool IsProvisional(this RegistrationStatus status) =>
        status is RegistrationStatus.Received or RegistrationStatus.Selected or RegistrationStatus.Waitlisted;

    public static bool IsActive(this RegistrationStatus status) =>
        status is not (RegistrationStatus.Withdrawn or RegistrationStatus.Invalid);
}
