using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// The second sign-in step for staff accounts with two-factor sign-in: a code from the app, or a recovery code
/// (<see cref="SecondFactorSignIn"/> checks it, counts it towards the lockout and writes the audit log).
/// </summary>
[AllowAnonymous]
[Route("admin/anmelden")]
public sealed class TwoFactorController(SecondFactorSignIn secondFactor, UserManager<PortalUser> users) : AdminController
{
    private const int FewRecoveryCodes = 3;

    [HttpGet("zwei-faktor")]
    public async Task<IActionResult> Verify(string? returnUrl) =>
        await secondFactor.PendingUserAsync() is null ? Expired() : View(new TwoFactorInput { ReturnUrl = returnUrl });

    [HttpPost("zwei-faktor")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Verify(TwoFactorInput input, CancellationToken cancellationToken)
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

        var outcome = await secondFactor.WithAppCodeAsync(
            user, input.Code, new("Mit Code aus der Authenticator-App", "Falscher Code aus der Authenticator-App"), cancellationToken);
        if (outcome == SecondFactorOutcome.SignedIn)
        {
            return LocalRedirect(LocalOrAdmin(input.ReturnUrl));
        }

        Refuse(outcome, "Der Code stimmt nicht. Bitte geben Sie den aktuellen Code aus Ihrer App ein.");
        ModelState.ClearPostedValue(nameof(input.Code));
        return View(input);
    }

    [HttpGet("wiederherstellungscode")]
    public async Task<IActionResult> Recovery(string? returnUrl) =>
        await secondFactor.PendingUserAsync() is null ? Expired() : View(new RecoveryCodeInput { ReturnUrl = returnUrl });

    [HttpPost("wiederherstellungscode")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Recovery(RecoveryCodeInput input, CancellationToken cancellationToken)
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

        var outcome = await secondFactor.WithRecoveryCodeAsync(
            user, input.RecoveryCode, new("Mit Wiederherstellungscode", "Falscher Wiederherstellungscode"), cancellationToken);
        if (outcome == SecondFactorOutcome.SignedIn)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            if (left <= FewRecoveryCodes)
            {
                Flash($"Sie haben nur noch {left} Wiederherstellungscode{(left == 1 ? "" : "s")}. Bitte erzeugen Sie unter „Mein Konto“ neue.");
            }

            return LocalRedirect(LocalOrAdmin(input.ReturnUrl));
        }

        Refuse(outcome, "Dieser Wiederherstellungscode stimmt nicht oder wurde schon verwendet.");
        ModelState.ClearPostedValue(nameof(input.RecoveryCode));
        return View(input);
    }

    private void Refuse(SecondFactorOutcome outcome, string wrongCode) =>
        ModelState.AddModelError(string.Empty, outcome == SecondFactorOutcome.LockedOut
            ? "Ihr Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten wieder oder wenden Sie sich an eine Administratorin bzw. einen Administrator."
            : wrongCode);

    private RedirectToActionResult Expired()
    {
        Flash("Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal mit E-Mail-Adresse und Passwort an.");
        return RedirectToAction("SignIn", "Account");
    }

    private string LocalOrAdmin(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
