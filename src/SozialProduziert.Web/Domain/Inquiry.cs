namespace SozialProduziert.Web.Domain;

/// <summary>
/// An inquiry to a Sozialbetrieb or offer ("Anfrage senden"), or a need a firm or public buyer reports
/// ("Bedarf melden"). KOMUNITAS brokers it: status, internal notes, assignments, and at the end a follow-up
/// that asks the requester whether an order came about.
/// </summary>
public class Inquiry
{
    public int Id { get; set; }

    public InquiryKind Kind { get; set; }

    /// <summary>What a need is about; null for an inquiry to a Sozialbetrieb.</summary>
    public OutputType? NeedKind { get; set; }

    /// <summary>
    /// The Sozialbetrieb the inquiry was sent to (directly or through one of its offers). Plain ids without a foreign
    /// key, with the names as they were in <see cref="Topic"/>: purging a Sozialbetrieb must not rewrite history.
    /// </summary>
    public int? SocialEnterpriseId { get; set; }

    public int? OfferId { get; set; }

    /// <summary>What the requester asked about, e.g. "Weinkiste aus Lärche (Werkstatt Sonnenhof)"; null for needs.</summary>
    public string? Topic { get; set; }

    public string Description { get; set; } = "";

    public string? Quantity { get; set; }

    public string? Frequency { get; set; }

    public DateOnly? Deadline { get; set; }

    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public string? Organisation { get; set; }

    public string ContactPerson { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>When the requester agreed to the processing described on the privacy page.</summary>
    public DateTime ConsentedAt { get; set; }

    public InquiryStatus Status { get; set; }

    /// <summary>Last status change (the receipt at first); the retention period counts from here.</summary>
    public DateTime StatusChangedAt { get; set; }

    /// <summary>SHA-256 of the single-use follow-up link's token; null once answered or before closing.</summary>
    public string? FollowUpTokenHash { get; set; }

    public DateTime? FollowUpSentAt { get; set; }

    public DateTime? FollowUpAnsweredAt { get; set; }

    public OrderOutcome? OrderOutcome { get; set; }

    public decimal? OrderValueEuro { get; set; }

    /// <summary>Set when the personal fields were anonymised (on request or after the retention period).</summary>
    public DateTime? AnonymisedAt { get; set; }

    public List<InquiryNote> Notes { get; set; } = [];

    public List<InquiryAssignment> Assignments { get; set; } = [];
}

public enum InquiryKind
{
    /// <summary>"Anfrage senden" on a Sozialbetrieb or offer page.</summary>
    Request = 0,

    /// <summary>"Bedarf melden" at /bedarf.</summary>
    Need = 1,
}

public enum InquiryStatus
{
    New = 0,
    Brokering = 1,
    Brokered = 2,
    Closed = 3,
    Declined = 4,
}

/// <summary>The requester's answer to the follow-up: did an order come about?</summary>
public enum OrderOutcome
{
    Yes = 0,
    No = 1,
    Open = 2,
}

/// <summary>An internal note of KOMUNITAS staff on an inquiry, with author and time.</summary>
public class InquiryNote
{
    public int Id { get; set; }

    public int InquiryId { get; set; }

    public DateTime At { get; set; }

    public string Author { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>A Sozialbetrieb the inquiry was brokered to; one inquiry can go to several.</summary>
public class InquiryAssignment
{
    public int InquiryId { get; set; }

    public int SocialEnterpriseId { get; set; }

    public SocialEnterprise? SocialEnterprise { get; set; }

    public DateTime AssignedAt { get; set; }

    public string AssignedBy { get; set; } = "";
}
