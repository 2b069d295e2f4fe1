using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Account;

public sealed class SignInInput
{
    [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [StringLength(256)]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Passwort")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
