using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using SozialProduziert.Web.Areas.Admin.ViewModels.Account;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Staff who forgot their password get a link by mail and set a new one with it.</summary>
[Route("admin")]
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class PasswordResetController(PasswordResetByMail reset) : AdminController
{
    [HttpGet("passwort-vergessen")]
    public IActionResult Forgot() => View(new ForgotPasswordInput());

    [HttpPost("passwort-vergessen")]
    public async Task<IActionResult> Forgot(ForgotPasswordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        await reset.RequestAsync(input.Email, cancellationToken);

        // The same page whether or not the address has an account.
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("passwort-vergessen/gesendet")]
    public IActionResult Sent() => View();

    [HttpGet("passwort-zuruecksetzen")]
    public async Task<IActionResult> Reset([FromQuery(Name = "konto")] string? userId, [FromQuery] string? code) =>
        await reset.AccountForAsync(userId, code) is null
            ? View("LinkInvalid")
            : View(new ResetPasswordInput { UserId = userId!, Code = code! });

    [HttpPost("passwort-zuruecksetzen")]
    public async Task<IActionResult> Reset(ResetPasswordInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await reset.AccountForAsync(input.UserId, input.Code);
        if (user is null)
        {
            return View("LinkInvalid");
        }

        if (ModelState.IsValid)
        {
            var result = await reset.ResetAsync(user, input.Code, input.NewPassword, cancellationToken);
            if (result.Succeeded)
            {
                Flash("Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.");
                return RedirectToAction("SignIn", "Account");
            }

            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return View("LinkInvalid");
            }

            foreach (var error in result.Errors.DistinctBy(e => e.Description))
            {
                ModelState.AddModelError(nameof(ResetPasswordInput.NewPassword), error.Description);
            }
        }

        input.NewPassword = input.ConfirmPassword = "";
        return View(input);
    }
}
