namespace SozialProduziert.Web.Domain.PartnerArea;

/// <summary>
/// The link of a partner account (a <see cref="PortalUser"/> in the role <see cref="PartnerRole.Name"/>) to the one
/// firm it speaks for. The user id is the key, so an account can never belong to two firms.
/// </summary>
public class PartnerMember
{
    public string UserId { get; set; } = "";

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The role of a firm's contact persons; they see only <c>/mein-bereich</c>, never the staff area.</summary>
public static class PartnerRole
{
    public const string Name = "Partner";
}
