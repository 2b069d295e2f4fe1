using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Profile;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>
/// Setting up, renewing and switching off two-factor sign-in for one's own account. Open to Administrators who
/// have not set it up yet: this is the one place the enrolment rule sends them.
/// </summary>
[AllowWithoutTwoFactor]
[Route("admin/konto/zwei-faktor")]
public sealed partial class TwoFactorSetupController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuthenticatorSetup authenticator, AuditLog audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return user.TwoFactorEnabled ? View("Status", await StatusAsync(user, new())) : View("SetUp", await SetUpAsync(user, new()));
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
        await audit.WriteAsync(AuditAction.TwoFactorEnabled, null, user.UserName, cancellationToken);
        return View("RecoveryCodes", new RecoveryCodesViewModel { Codes = codes, JustEnabled = true });
    }

    [HttpPost("wiederherstellungscodes")]
    public async Task<IActionResult> RenewRecoveryCodes(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = await authenticator.NewRecoveryCodesAsync(user);
        await audit.WriteAsync(AuditAction.AccountChanged, "Neue Wiederherstellungscodes erzeugt", user.UserName, cancellationToken);
        return View("RecoveryCodes", new RecoveryCodesViewModel { Codes = codes });
    }

    /// <summary>
    /// The codes just shown, as a text file. They come back from the page itself, because they are not kept
    /// readable anywhere else; only well-formed codes are echoed.
    /// </summary>
    [HttpPost("wiederherstellungscodes/herunterladen")]
    public IActionResult DownloadRecoveryCodes(string[]? codes)
    {
        var valid = (codes ?? []).Where(c => RecoveryCodeFormat().IsMatch(c)).Take(AuthenticatorSetup.RecoveryCodeCount).ToList();
        if (valid.Count == 0)
        {
            return RedirectToAction(nameof(Index));
        }

        var text = new StringBuilder()
            .AppendLine("sozialproduziert – Wiederherstellungscodes für " + User.Identity?.Name)
            .AppendLine("Jeder Code gilt für eine Anmeldung ohne Authenticator-App. Bewahren Sie diese Datei sicher auf.")
            .AppendLine();
        valid.ForEach(code => text.AppendLine(code));
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", "sozialproduziert-wiederherstellungscodes.txt");
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
            return View("Status", await StatusAsync(user, new TwoFactorDisableInput()));
        }

        // A new key next time: whoever may have copied the old one cannot use it again.
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(AuditAction.TwoFactorDisabled, null, user.UserName, cancellationToken);
        Flash(User.IsInRole(Roles.Administrator)
            ? "Die Zwei-Faktor-Anmeldung ist ausgeschaltet. Als Administratorin bzw. Administrator richten Sie sie bitte gleich wieder ein, zum Beispiel mit Ihrer neuen App."
            : "Die Zwei-Faktor-Anmeldung ist ausgeschaltet.");
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
            Required = User.IsInRole(Roles.Administrator),
            Input = input,
        };
    }

    private async Task<TwoFactorStatusViewModel> StatusAsync(PortalUser user, TwoFactorDisableInput input) => new()
    {
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user),
        Required = User.IsInRole(Roles.Administrator),
        Disable = input,
    };

    [GeneratedRegex("^[A-Z0-9]{5}-[A-Z0-9]{5}$")]
    private static partial Regex RecoveryCodeFormat();
}
