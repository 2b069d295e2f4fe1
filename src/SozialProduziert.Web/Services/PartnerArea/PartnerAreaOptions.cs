namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>Section "PartnerArea": how long an invitation link stays valid.</summary>
public sealed class PartnerAreaOptions
{
    public const string Section = "PartnerArea";

    public int InvitationValidDays { get; set; } = 7;
}
