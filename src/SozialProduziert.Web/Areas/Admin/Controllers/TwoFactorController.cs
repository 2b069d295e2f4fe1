using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The second sign-in step for accounts with two-factor sign-in: a code from the app, or a recovery code.
/// Wrong codes count towards the lockout like wrong passwords, and every attempt lands in the audit log.
/// </summary>
[AllowAnonymous]
[Route("admin/anmelden")]
public sealed class TwoFactorController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : AdminController
{
    private const int FewRecoveryCodes = 3;

    [HttpGet("zwei-faktor")]
    public async Task<IActionResult> Verify(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : View(new TwoFactorInput { ReturnUrl = returnUrl });

    [HttpPost("zwei-faktor")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Verify(TwoFactorInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Expired();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorSetup.NormalizeCode(input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, "Mit Code aus der Authenticator-App", user.UserName, cancellationToken);
            return LocalRedirect(LocalOrAdmin(input.ReturnUrl));
        }

        await RefuseAsync(user, "Falscher Code aus der Authenticator-App", "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App ein.", cancellationToken);
        input.Code = "";
        return View(input);
    }

    [HttpGet("wiederherstellungscode")]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : View(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [HttpPost("wiederherstellungscode")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Recovery(RecoveryCodeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Expired();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var failedBefore = user.AccessFailedCount;
        var result = await users.IsLockedOutAsync(user)
            ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut
            : await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorSetup.NormalizeRecoveryCode(input.RecoveryCode));
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, "Mit Wiederherstellungscode", user.UserName, cancellationToken);
            var left = await users.CountRecoveryCodesAsync(user);
            if (left <= FewRecoveryCodes)
            {
                Flash($"Sie haben nur noch {left} Wiederherstellungscode{(left == 1 ? "" : "s")}. Bitte erzeugen Sie unter „Mein Konto“ neue.");
            }

            return LocalRedirect(LocalOrAdmin(input.ReturnUrl));
        }

        // Recovery codes are guessable like passwords, so wrong ones count towards the lockout as well
        // (unless Identity already counted this attempt).
        if (!result.IsLockedOut && user.AccessFailedCount == failedBefore)
        {
            await users.AccessFailedAsync(user);
        }

        await RefuseAsync(user, "Falscher Wiederherstellungscode", "Dieser Wiederherstellungscode stimmt nicht oder wurde schon verwendet.", cancellationToken);
        input.RecoveryCode = "";
        return View(input);
    }

    private async Task RefuseAsync(PortalUser user, string auditDetails, string message, CancellationToken cancellationToken)
    {
        var lockedOut = await users.IsLockedOutAsync(user);
        await audit.WriteAsync(lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, auditDetails, user.UserName, cancellationToken);
        ModelState.AddModelError(string.Empty, lockedOut
            ? "Ihr Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten wieder oder wenden Sie sich an eine Administratorin bzw. einen Administrator."
            : message);
    }

    private RedirectToActionResult Expired()
    {
        Flash("Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal mit E-Mail-Adresse und Passwort an.");
        return RedirectToAction("SignIn", "Account");
    }

    private string LocalOrAdmin(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
