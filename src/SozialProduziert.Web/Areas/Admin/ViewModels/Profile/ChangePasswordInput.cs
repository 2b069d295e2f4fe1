using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Profile;

/// <summary>Changing one's own password: the current one proves it is really the account holder.</summary>
public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Bitte geben Sie Ihr aktuelles Passwort ein.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Aktuelles Passwort")]
    public string CurrentPassword { get; set; } = "";

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
