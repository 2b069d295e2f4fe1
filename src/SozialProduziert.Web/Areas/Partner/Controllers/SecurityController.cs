using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Profile;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.PartnerArea.Controllers;

/// <summary>
/// Two-factor sign-in for partner accounts: optional for firms, set up with the same authenticator pairing and
/// recovery codes as staff accounts (<see cref="AuthenticatorSetup"/>), on pages in the firm's own area.
/// </summary>
[Route("mein-bereich/sicherheit")]
public sealed class SecurityController(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuthenticatorSetup authenticator, AuditLog audit) : PartnerAreaController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return user.TwoFactorEnabled
            ? View("Status", new TwoFactorStatusViewModel { RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user) })
            : View("SetUp", await SetUpAsync(user, new()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Enable([Bind(Prefix = nameof(TwoFactorSetUpViewModel.Input))] TwoFactorSetUpInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorSetup.NormalizeCode(input.Code)))
        {
            ModelState.AddModelError("Input.Code", "Der Code stimmt nicht. Prüfen Sie, ob Sie den Schlüssel richtig übernommen haben und die Uhr Ihres Telefons stimmt, und geben Sie den aktuellen Code ein.");
        }

        if (!ModelState.IsValid)
        {
            return View("SetUp", await SetUpAsync(user, new TwoFactorSetUpInput()));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await authenticator.NewRecoveryCodesAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditAction.TwoFactorEnabled, "Partnerbereich", user.UserName, cancellationToken);
        return View("RecoveryCodes", new RecoveryCodesViewModel { Codes = codes, JustEnabled = true });
    }

    [HttpPost("ausschalten")]
    public async Task<IActionResult> Disable([Bind(Prefix = nameof(TwoFactorStatusViewModel.Disable))] TwoFactorDisableInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, input.Password))
        {
            ModelState.AddModelError("Disable.Password", "Das Passwort stimmt nicht.");
        }

        if (!ModelState.IsValid)
        {
            return View("Status", new TwoFactorStatusViewModel { RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user) });
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditAction.TwoFactorDisabled, "Partnerbereich", user.UserName, cancellationToken);
        Flash("Die Zwei-Faktor-Anmeldung ist ausgeschaltet.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<TwoFactorSetUpViewModel> SetUpAsync(PortalUser user, TwoFactorSetUpInput input)
    {
        var (key, created) = await authenticator.EnsureKeyAsync(user);
        if (created)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return new TwoFactorSetUpViewModel
        {
            FormattedKey = AuthenticatorSetup.FormatKey(key),
            QrCode = AuthenticatorSetup.QrCode(AuthenticatorSetup.AuthenticatorUri(user.Email ?? user.UserName ?? "", key)),
            Input = input,
        };
    }
}
