namespace SozialProduziert.Web.Areas.Admin.ViewModels.Profile;

/// <summary>"Mein Konto": who is signed in, the password form and the two-factor state.</summary>
public sealed class ProfileViewModel
{
    public required string DisplayName { get; init; }

    public required string Email { get; init; }

    public required string Role { get; init; }

    public bool TwoFactorEnabled { get; init; }

    public int RecoveryCodesLeft { get; init; }

    public ChangePasswordInput Password { get; init; } = new();
}
