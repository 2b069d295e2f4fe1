using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Signing staff in and out. Every attempt, successful or not, lands in the audit log.</summary>
[Route("admin")]
public sealed class AccountController(SignInManager<PortalUser> signIn, AuditLog audit) : AdminController
{
    [AllowAnonymous]
    [HttpGet("anmelden")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInInput { ReturnUrl = returnUrl });

    [AllowAnonymous]
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
            return RedirectToAction("Verify", "TwoFactor", new { returnUrl = LocalOrAdmin(input.ReturnUrl) });
        }

        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, null, input.Email, cancellationToken);
            return LocalRedirect(LocalOrAdmin(input.ReturnUrl));
        }

        await audit.WriteAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, null, input.Email, cancellationToken);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Ihr Konto ist nach mehreren Fehlversuchen vorübergehend gesperrt. Bitte versuchen Sie es in 15 Minuten wieder oder wenden Sie sich an eine Administratorin bzw. einen Administrator."
            : "E-Mail-Adresse oder Passwort stimmen nicht.");
        input.Password = "";
        return View(input);
    }

    [AllowAnonymous]
    [HttpPost("abmelden")]
    public async Task<IActionResult> SignOut(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
        {
            await audit.WriteAsync(AuditAction.SignedOut, null, name, cancellationToken);
        }

        return RedirectToAction(nameof(SignIn));
    }

    private string LocalOrAdmin(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
