using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>
/// Sign-in of partner accounts, with the code step when two-factor sign-in is on (an app code or a recovery code
/// in the same field). Staff who sign in here go to the staff area. Every attempt lands in the audit log.
/// </summary>
[Area("Partner")]
[Route("mein-bereich")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SignInController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit) : Controller
{
    private const string LockedOut = "Ihr Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten wieder oder wenden Sie sich an das Team von SoPro.";

    [HttpGet("anmelden")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInInput { ReturnUrl = returnUrl });

    [HttpPost("anmelden")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> SignIn(SignInInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await signIn.PasswordSignInAsync(input.Email, input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(Verify), new { returnUrl = input.ReturnUrl });
        }

        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, "Partnerbereich", input.Email, cancellationToken);
            return await HomeOfAsync(await users.FindByEmailAsync(input.Email), input.ReturnUrl);
        }

        await audit.WriteAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, "Partnerbereich", input.Email, cancellationToken);
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? LockedOut : "E-Mail-Adresse oder Passwort stimmen nicht.");
        input.Password = "";
        return View(input);
    }

    [HttpGet("anmelden/zwei-faktor")]
    public async Task<IActionResult> Verify(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Expired() : View(new TwoFactorInput { ReturnUrl = returnUrl });

    [HttpPost("anmelden/zwei-faktor")]
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

        // Recovery codes look like "AB12C-3DE45"; app codes are six digits.
        var isRecoveryCode = input.Code.Trim().Length > 8;
        var failedBefore = user.AccessFailedCount;
        var result = isRecoveryCode
            ? await users.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorSetup.NormalizeRecoveryCode(input.Code))
            : await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorSetup.NormalizeCode(input.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, isRecoveryCode ? "Partnerbereich, mit Wiederherstellungscode" : "Partnerbereich, mit Code aus der App", user.UserName, cancellationToken);
            return await HomeOfAsync(user, input.ReturnUrl);
        }

        if (isRecoveryCode && !result.IsLockedOut && user.AccessFailedCount == failedBefore)
        {
            await users.AccessFailedAsync(user);
        }

        var lockedOut = await users.IsLockedOutAsync(user);
        await audit.WriteAsync(lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, "Partnerbereich, falscher Code", user.UserName, cancellationToken);
        ModelState.AddModelError(string.Empty, lockedOut ? LockedOut : "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App oder einen unverbrauchten Wiederherstellungscode ein.");
        input.Code = "";
        return View(input);
    }

    [HttpPost("abmelden")]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
        {
            await audit.WriteAsync(AuditAction.SignedOut, "Partnerbereich", name, cancellationToken);
        }

        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>Partners go to their area (or the local page they came from inside it); staff to the staff area.</summary>
    private async Task<IActionResult> HomeOfAsync(PortalUser? user, string? returnUrl)
    {
        var isPartner = user is not null && await users.IsInRoleAsync(user, PartnerRole.Name);
        if (!isPartner)
        {
            return LocalRedirect("/admin");
        }

        return Url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith("/mein-bereich", StringComparison.OrdinalIgnoreCase) ? LocalRedirect(returnUrl) : LocalRedirect("/mein-bereich");
    }

    private RedirectToActionResult Expired()
    {
        TempData["Flash"] = "Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal mit E-Mail-Adresse und Passwort an.";
        return RedirectToAction(nameof(SignIn));
    }
}
