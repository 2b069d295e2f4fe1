using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.PartnerArea.ViewModels;

/// <summary>The password a firm's contact chooses when accepting an invitation.</summary>
public sealed class AcceptInvitationInput
{
    [Required(ErrorMessage = "Bitte wählen Sie ein Passwort.")]
    [StringLength(256, ErrorMessage = "Das Passwort darf höchstens {1} Zeichen lang sein.")]
    [DataType(DataType.Password)]
    [Display(Name = "Passwort")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Bitte wiederholen Sie das Passwort.")]
    [Compare(nameof(Password), ErrorMessage = "Die beiden Passwörter stimmen nicht überein.")]
    [DataType(DataType.Password)]
    [Display(Name = "Passwort wiederholen")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed class AcceptInvitationViewModel
{
    public required string Token { get; init; }

    public required string PartnerName { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public AcceptInvitationInput Input { get; init; } = new();
}
