using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Profile;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>"Mein Konto": the signed-in person's own password, two-factor state and sign-out everywhere.</summary>
[Route("admin/konto")]
public sealed class ProfileController(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(await ProfileAsync(user, new ChangePasswordInput()));
    }

    [HttpPost("passwort")]
    public async Task<IActionResult> ChangePassword([Bind(Prefix = nameof(ProfileViewModel.Password))] ChangePasswordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword);
            if (result.Succeeded)
            {
                // Changing the password renews the security stamp; keep this session, the others end.
                await signIn.RefreshSignInAsync(user);
                await audit.WriteAsync(AuditAction.PasswordChanged, "Eigenes Passwort geändert", user.UserName, cancellationToken);
                Flash("Ihr Passwort wurde geändert. Auf anderen Geräten müssen Sie sich neu anmelden.");
                return RedirectToAction(nameof(Index));
            }

            foreach (var error in result.Errors.DistinctBy(e => e.Description))
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError($"{nameof(ProfileViewModel.Password)}.{field}", error.Description);
            }
        }

        input.CurrentPassword = input.NewPassword = input.ConfirmPassword = "";
        return View(nameof(Index), await ProfileAsync(user, input));
    }

    /// <summary>
    /// Renews the security stamp, so every other session (a forgotten browser, a lost laptop) loses access
    /// within the validation interval, and signs this one out too.
    /// </summary>
    [AllowWithoutTwoFactor]
    [HttpPost("ueberall-abmelden")]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync(AuditAction.SignedOutEverywhere, null, user.UserName, cancellationToken);
        }

        await signIn.SignOutAsync();
        Flash("Sie wurden auf allen Geräten abgemeldet.");
        return RedirectToAction("SignIn", "Account");
    }

    private async Task<ProfileViewModel> ProfileAsync(PortalUser user, ChangePasswordInput password) => new()
    {
        DisplayName = user.DisplayName,
        Email = user.Email ?? user.UserName ?? "",
        Role = string.Join(", ", await users.GetRolesAsync(user)),
        TwoFactorEnabled = user.TwoFactorEnabled,
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        Password = password,
    };
}
