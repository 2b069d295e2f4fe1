using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Areas.PartnerArea.ViewModels;
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
public sealed class SignInController(SignInManager<PortalUser> signIn, SecondFactorSignIn secondFactor, UserManager<PortalUser> users, AuditLog audit) : Controller
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
        await secondFactor.PendingUserAsync() is null ? Expired() : View(new PartnerCodeInput { ReturnUrl = returnUrl });

    [HttpPost("anmelden/zwei-faktor")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Verify(PartnerCodeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await secondFactor.PendingUserAsync();
        if (user is null)
        {
            return Expired();
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        // Recovery codes look like "AB12C-3DE45"; app codes are six digits.
        var outcome = input.Code.Trim().Length > 8
            ? await secondFactor.WithRecoveryCodeAsync(user, input.Code, new("Partnerbereich, mit Wiederherstellungscode", "Partnerbereich, falscher Code"), cancellationToken)
            : await secondFactor.WithAppCodeAsync(user, input.Code, new("Partnerbereich, mit Code aus der App", "Partnerbereich, falscher Code"), cancellationToken);
        if (outcome == SecondFactorOutcome.SignedIn)
        {
            return await HomeOfAsync(user, input.ReturnUrl);
        }

        ModelState.AddModelError(string.Empty, outcome == SecondFactorOutcome.LockedOut
            ? LockedOut
            : "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App oder einen unverbrauchten Wiederherstellungscode ein.");
        ModelState.ClearPostedValue(nameof(input.Code));
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
