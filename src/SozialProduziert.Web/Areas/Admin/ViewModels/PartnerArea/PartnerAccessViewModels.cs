using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.PartnerArea;

/// <summary>Inviting a firm's contact person.</summary>
public sealed class PartnerInvitationInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Namen der Kontaktperson ein.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Name der Kontaktperson")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie die E-Mail-Adresse ein.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";
}

/// <summary>A decision the firm gave outside the portal (e-mail, letter, in person), recorded by staff.</summary>
public sealed class RecordedDecisionInput
{
    [Required]
    [StringLength(64, MinimumLength = 64)]
    public string Hash { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie an, wer bei der Firma freigegeben hat.")]
    [StringLength(200, ErrorMessage = "Der Name darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Freigegeben von (Person bei der Firma)")]
    public string DecidedByName { get; set; } = "";

    [Required(ErrorMessage = "Bitte notieren Sie, wie die Freigabe vorliegt (z. B. „E-Mail vom 3. März“).")]
    [StringLength(1000, ErrorMessage = "Die Notiz darf höchstens {1} Zeichen lang sein.")]
    [Display(Name = "Nachweis")]
    public string Note { get; set; } = "";
}

public sealed record PartnerMemberRow(string Name, string Email, bool TwoFactor, DateTime Since);

public sealed record PartnerInvitationRow(int Id, string Name, string Email, DateTime CreatedAt, DateTime ExpiresAt, DateTime? UsedAt, DateTime? RevokedAt, string InvitedBy)
{
    public string State(DateTime utcNow) => UsedAt is not null ? "angenommen" : RevokedAt is not null ? "zurückgezogen" : ExpiresAt <= utcNow ? "abgelaufen" : "offen";
}

/// <summary>Access and approval of one partner: its accounts, invitations and the review of its showcase page.</summary>
public sealed class PartnerAccessViewModel
{
    public required int PartnerId { get; init; }

    public required string PartnerName { get; init; }

    public required DateTime Now { get; init; }

    public required IReadOnlyList<PartnerMemberRow> Members { get; init; }

    public required IReadOnlyList<PartnerInvitationRow> Invitations { get; init; }

    public required ShowcaseReviewStatus Review { get; init; }

    public PartnerInvitationInput Invite { get; init; } = new();

    public RecordedDecisionInput Record { get; init; } = new();
}
