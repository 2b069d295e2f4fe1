using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Staff;

/// <summary>A new staff account: the password is generated and shown once.</summary>
public sealed class StaffCreateInput
{
    [Required(ErrorMessage = "Bitte geben Sie die E-Mail-Adresse ein.")]
    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
    [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens 256 Zeichen lang sein.")]
    [Display(Name = "E-Mail-Adresse")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie den Namen ein.")]
    [StringLength(100, ErrorMessage = "Der Name darf höchstens 100 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Bitte wählen Sie eine Rolle.")]
    [Display(Name = "Rolle")]
    public string Role { get; set; } = Roles.Editor;
}

/// <summary>A new one-time password, shown exactly once: after creating an account or resetting its password.</summary>
public sealed record OneTimePasswordViewModel(string AccountId, string DisplayName, string Email, string Password, bool IsNewAccount);

/// <summary>One account with everything an Administrator can do to it.</summary>
public sealed record StaffAccountViewModel(StaffAccountSummary Account, bool IsSelf);

/// <summary>What each role may do, for the role choice in forms.</summary>
public static class RoleDescriptions
{
    public static string Describe(string role) => role switch
    {
        Roles.Administrator => "Administrator – alles aus der Redaktion, dazu Konten, Protokoll und endgültiges Löschen (Zwei-Faktor-Anmeldung Pflicht)",
        _ => "Redaktion – Inhalte anlegen, bearbeiten und veröffentlichen",
    };
}
