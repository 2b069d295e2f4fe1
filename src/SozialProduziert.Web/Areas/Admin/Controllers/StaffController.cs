using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Areas.Admin.ViewModels.Staff;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Areas.Admin.Controllers;

/// <summary>Staff accounts, for Administrators: create, change role, reset password, unlock, switch off and on.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/konten")]
public sealed class StaffController(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, StaffDirectory directory, StaffAccounts accounts,
    StaffAdministration administration, AuditLog audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await directory.ListAsync(cancellationToken));

    [HttpGet("neu")]
    public IActionResult Create() => View(new StaffCreateInput());

    [HttpPost("neu")]
    public async Task<IActionResult> Create(StaffCreateInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Roles.Staff.Contains(input.Role))
        {
            ModelState.AddModelError(nameof(input.Role), "Bitte wählen Sie eine der angebotenen Rollen.");
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var email = input.Email.Trim();
        var (result, password) = await accounts.CreateAsync(email, input.DisplayName.Trim(), input.Role);
        if (!result.Succeeded)
        {
            foreach (var description in result.Errors.Select(e => e.Description).Distinct())
            {
                ModelState.AddModelError(nameof(input.Email), description);
            }

            return View(input);
        }

        var user = (await users.FindByEmailAsync(email))!;
        await audit.WriteAsync(AuditAction.AccountCreated, $"Konto {email} mit der Rolle „{input.Role}“ angelegt", null, cancellationToken);
        return View("OneTimePassword", new OneTimePasswordViewModel(user.Id, user.DisplayName, email, password, IsNewAccount: true));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var account = await directory.FindAsync(id, cancellationToken);
        return account is null ? NotFound() : View(new StaffAccountViewModel(account, account.Id == users.GetUserId(User)));
    }

    [HttpPost("{id:guid}/rolle")]
    public async Task<IActionResult> ChangeRole(string id, string? role, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var result = await administration.ChangeRoleAsync(user, role ?? "", cancellationToken);
        Flash(result.Message);
        if (result.Succeeded && user.Id == users.GetUserId(User) && role != Roles.Administrator)
        {
            // Demoting oneself takes effect at once; the account pages are then out of reach.
            await signIn.RefreshSignInAsync(user);
            return Redirect("/admin");
        }

        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/passwort")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var result = await administration.ResetPasswordAsync(user, cancellationToken);
        if (!result.Succeeded)
        {
            Flash(result.Message);
            return RedirectToAction(nameof(Show), new { id });
        }

        return View("OneTimePassword", new OneTimePasswordViewModel(user.Id, user.DisplayName, user.Email ?? "", result.OneTimePassword!, IsNewAccount: false));
    }

    [HttpPost("{id:guid}/entsperren")]
    public Task<IActionResult> Unlock(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.UnlockAsync(user, cancellationToken));

    [HttpPost("{id:guid}/deaktivieren")]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.SetDisabledAsync(user, disabled: true, users.GetUserId(User)!, cancellationToken));

    [HttpPost("{id:guid}/aktivieren")]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.SetDisabledAsync(user, disabled: false, users.GetUserId(User)!, cancellationToken));

    [HttpPost("{id:guid}/zwei-faktor-zuruecksetzen")]
    public Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.ResetTwoFactorAsync(user, users.GetUserId(User)!, cancellationToken));

    private async Task<IActionResult> ChangeAsync(string id, Func<PortalUser, Task<StaffChangeResult>> change)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        Flash((await change(user)).Message);
        return RedirectToAction(nameof(Show), new { id });
    }
}
