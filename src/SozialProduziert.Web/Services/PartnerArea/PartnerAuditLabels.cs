using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>German names of the partner area's audit actions (70-89) for the audit log.</summary>
public static class PartnerAuditLabels
{
    public static string? Label(AuditAction action) => action switch
    {
        AuditAction.PartnerInvited => "Partnerkonto eingeladen",
        AuditAction.PartnerInvitationRevoked => "Einladung zurückgezogen",
        AuditAction.PartnerAccountCreated => "Partnerkonto angelegt",
        AuditAction.ShowcaseApproved => "Auslage freigegeben",
        AuditAction.ShowcaseChangesRequested => "Änderungswunsch zur Auslage",
        AuditAction.ShowcaseChangeRequestResolved => "Änderungswunsch erledigt",
        AuditAction.ImpactFigureCreated => "Wirkungskennzahl angelegt",
        AuditAction.ImpactFigureUpdated => "Wirkungskennzahl geändert",
        AuditAction.ImpactFigureDeleted => "Wirkungskennzahl gelöscht",
        AuditAction.ImpactFigureConfirmedByPartner => "Kennzahl vom Partner bestätigt",
        AuditAction.ImpactFigureConfirmedByEnterprise => "Kennzahl vom Sozialbetrieb bestätigt",
        _ => null,
    };
}
