using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Account;

/// <summary>"Passwort vergessen?": the address the link goes to, if it has an account.</summary>
public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [StringLength(256)]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";
}

/// <summary>The new password, set through the link from the mail.</summary>
public sealed class ResetPasswordInput
{
    public string UserId { get; set; } = "";

    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie ein neues Passwort ein.")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "Das neue Passwort muss mindestens 12 Zeichen lang sein.")]
    [DataType(DataType.Password)]
    [Display(Name = "Neues Passwort")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Bitte wiederholen Sie das neue Passwort.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Die beiden Eingaben des neuen Passworts stimmen nicht überein.")]
    [DataType(DataType.Password)]
    [Display(Name = "Neues Passwort wiederholen")]
    public string ConfirmPassword { get; set; } = "";
}
