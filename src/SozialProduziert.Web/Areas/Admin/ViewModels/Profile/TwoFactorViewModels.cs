using System.ComponentModel.DataAnnotations;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Web.Areas.Admin.ViewModels.Profile;

/// <summary>The code that proves the app was paired correctly before two-factor sign-in is switched on.</summary>
public sealed class TwoFactorSetUpInput
{
    [Required(ErrorMessage = "Bitte geben Sie den Code ein, den Ihre App jetzt anzeigt.")]
    [StringLength(10, ErrorMessage = "Der Code hat sechs Ziffern.")]
    [Display(Name = "Bestätigungscode aus der App")]
    public string Code { get; set; } = "";
}

/// <summary>Switching two-factor sign-in off needs the password, so an unattended browser cannot do it.</summary>
public sealed class TwoFactorDisableInput
{
    [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    [Display(Name = "Ihr Passwort")]
    public string Password { get; set; } = "";
}

/// <summary>The set-up page: key and QR code to pair an app, and the form to confirm it.</summary>
public sealed class TwoFactorSetUpViewModel
{
    public required string FormattedKey { get; init; }

    public required QrCodeImage QrCode { get; init; }

    /// <summary>True for Administrators, who cannot use the staff area until this is done.</summary>
    public bool Required { get; init; }

    public TwoFactorSetUpInput Input { get; init; } = new();
}

/// <summary>Two-factor sign-in is on: how many recovery codes are left, and the ways to renew or switch off.</summary>
public sealed class TwoFactorStatusViewModel
{
    public int RecoveryCodesLeft { get; init; }

    public bool Required { get; init; }

    public TwoFactorDisableInput Disable { get; init; } = new();
}

/// <summary>Freshly made recovery codes, shown exactly once.</summary>
public sealed class RecoveryCodesViewModel
{
    public required IReadOnlyList<string> Codes { get; init; }

    /// <summary>True right after switching two-factor sign-in on (the page then says so).</summary>
    public bool JustEnabled { get; init; }
}
