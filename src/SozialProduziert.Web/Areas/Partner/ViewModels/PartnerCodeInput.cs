using System.ComponentModel.DataAnnotations;

namespace SozialProduziert.Web.Areas.PartnerArea.ViewModels;

/// <summary>
/// The partner sign-in's code step: six digits from the app or a recovery code such as "AB12C-3DE45" (eleven
/// characters), both in one field, so the field takes the longer of the two.
/// </summary>
public sealed class PartnerCodeInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Code aus Ihrer Authenticator-App oder einen Wiederherstellungscode ein.")]
    [StringLength(20, ErrorMessage = "Der Code aus der App hat sechs Ziffern, ein Wiederherstellungscode elf Zeichen wie „AB12C-3DE45“.")]
    [Display(Name = "Bestätigungscode")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
