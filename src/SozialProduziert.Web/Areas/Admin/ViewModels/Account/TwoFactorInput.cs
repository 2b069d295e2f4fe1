using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Account;

/// <summary>The second sign-in step: the six-digit code from the authenticator app.</summary>
public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Code aus Ihrer Authenticator-App ein.")]
    [StringLength(10, ErrorMessage = "Der Code hat sechs Ziffern.")]
    [Display(Name = "Bestätigungscode")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

/// <summary>The second sign-in step without the phone: one of the recovery codes printed when two-factor was set up.</summary>
public sealed class RecoveryCodeInput
{
    [Required(ErrorMessage = "Bitte geben Sie einen Ihrer Wiederherstellungscodes ein.")]
    [StringLength(20, ErrorMessage = "Wiederherstellungscodes haben elf Zeichen, zum Beispiel „AB12C-3DE45“.")]
    [Display(Name = "Wiederherstellungscode")]
    public string RecoveryCode { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
