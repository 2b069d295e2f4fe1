namespace SozialProduziert.Web.Domain.PartnerArea;

/// <summary>
/// A single-use link that lets a firm's contact create its partner account. Only a SHA-256 hash of the token is
/// stored, so a copy of the database does not contain usable links.
/// </summary>
public class PartnerInvitation
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>Set when the link was used (an account was created); the link is then dead.</summary>
    public DateTime? UsedAt { get; set; }

    /// <summary>Set when staff withdrew the invitation before it was used.</summary>
    public DateTime? RevokedAt { get; set; }

    /// <summary>The staff account that sent it.</summary>
    public string InvitedBy { get; set; } = "";

    public bool IsOpen(DateTime utcNow) => UsedAt is null && RevokedAt is null && ExpiresAt > utcNow;
}
