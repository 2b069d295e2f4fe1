namespace SozialProduziert.Web.Domain.PartnerArea;

/// <summary>
/// A firm's decision on one version of its showcase page: approved, or changes requested with a comment.
/// The version is identified by <see cref="ContentHash"/>, a fingerprint of everything the page shows of the
/// partner record; the version number is kept for people to read. Any later edit changes the fingerprint, so the
/// approval no longer covers the page and publishing needs a new one (see docs/decisions).
/// </summary>
public class ShowcaseReview
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public ShowcaseDecision Decision { get; set; }

    public string? Comment { get; set; }

    /// <summary>The partner's <see cref="PublishableContent.Version"/> when the firm looked at it.</summary>
    public int PartnerVersion { get; set; }

    public string ContentHash { get; set; } = "";

    public DateTime DecidedAt { get; set; }

    /// <summary>The person at the firm who decided.</summary>
    public string DecidedByName { get; set; } = "";

    /// <summary>The partner account that decided in <c>/mein-bereich</c>; null when staff recorded it.</summary>
    public string? DecidedByUserId { get; set; }

    /// <summary>The staff account that recorded a decision the firm gave outside the portal (e-mail, letter); else null.</summary>
    public string? RecordedBy { get; set; }

    /// <summary>Set when staff marked a change request as dealt with.</summary>
    public DateTime? ResolvedAt { get; set; }
}

public enum ShowcaseDecision
{
    Approved = 0,
    ChangesRequested = 1,
}

/// <summary>Where the review of a showcase page stands, for the firm and for staff.</summary>
public enum ShowcaseReviewState
{
    /// <summary>The firm has not decided on the current version yet.</summary>
    Pending = 0,

    Approved = 1,

    ChangesRequested = 2,
}
