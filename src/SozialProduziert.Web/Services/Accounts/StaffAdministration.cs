using Microsoft.AspNetCore.Identity;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>The outcome of a change to someone's account: a German sentence for the page, and a new password to show once.</summary>
public sealed record StaffChangeResult(bool Succeeded, string Message, string? OneTimePassword = null)
{
    public static StaffChangeResult Ok(string message, string? password = null) => new(true, message, password);

    public static StaffChangeResult Refused(string message) => new(false, message);
}

/// <summary>
/// What Administrators do to other people's accounts. Every change is audited, and the portal never ends up
/// without an Administrator who can sign in.
/// </summary>
public sealed class StaffAdministration(UserManager<PortalUser> users, StaffDirectory directory, AuditLog audit)
{
    public async Task<StaffChangeResult> ChangeRoleAsync(PortalUser user, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Roles.Staff.Contains(role))
        {
            return StaffChangeResult.Refused("Bitte wählen Sie eine der angebotenen Rollen.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return StaffChangeResult.Ok($"{user.DisplayName} hat bereits die Rolle „{role}“.");
        }

        if (current.Contains(Roles.Administrator) && await directory.OtherActiveAdministratorsAsync(user.Id, cancellationToken) == 0)
        {
            return StaffChangeResult.Refused(LastAdministrator(user));
        }

        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, role);
        await audit.WriteAsync(AuditAction.AccountChanged, $"Rolle von {user.Email}: {string.Join(", ", current)} → {role}", null, cancellationToken);
        return StaffChangeResult.Ok($"{user.DisplayName} hat jetzt die Rolle „{role}“.");
    }

    /// <summary>Sets a new one-time password; it ends the person's sessions and lifts a temporary lock.</summary>
    public async Task<StaffChangeResult> ResetPasswordAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var password = StaffAccounts.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded)
        {
            return StaffChangeResult.Refused(string.Join(" ", result.Errors.Select(e => e.Description).Distinct()));
        }

        if (directory.StateOf(user.LockoutEnd) == StaffAccountState.LockedOut)
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(AuditAction.PasswordReset, $"Passwort von {user.Email} zurückgesetzt", null, cancellationToken);
        return StaffChangeResult.Ok($"Das Passwort von {user.DisplayName} wurde zurückgesetzt.", password);
    }

    public async Task<StaffChangeResult> UnlockAsync(PortalUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(AuditAction.AccountChanged, $"Sperre von {user.Email} aufgehoben", null, cancellationToken);
        return StaffChangeResult.Ok($"Das Konto von {user.DisplayName} ist entsperrt.");
    }

    /// <summary>Switches an account off (it can no longer sign in, and its sessions end) or on again.</summary>
    public async Task<StaffChangeResult> SetDisabledAsync(PortalUser user, bool disabled, string actingUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!disabled)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            await audit.WriteAsync(AuditAction.AccountChanged, $"Konto {user.Email} wieder aktiviert", null, cancellationToken);
            return StaffChangeResult.Ok($"Das Konto von {user.DisplayName} ist wieder aktiv.");
        }

        if (user.Id == actingUserId)
        {
            return StaffChangeResult.Refused("Ihr eigenes Konto können Sie nicht deaktivieren.");
        }

        if (await users.IsInRoleAsync(user, Roles.Administrator) && await directory.OtherActiveAdministratorsAsync(user.Id, cancellationToken) == 0)
        {
            return StaffChangeResult.Refused(LastAdministrator(user));
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, StaffDirectory.DisabledUntil);
        await users.UpdateSecurityStampAsync(user);
        await audit.WriteAsync(AuditAction.AccountChanged, $"Konto {user.Email} deaktiviert", null, cancellationToken);
        return StaffChangeResult.Ok($"Das Konto von {user.DisplayName} ist deaktiviert; offene Sitzungen enden innerhalb einer Minute.");
    }

    /// <summary>For someone who lost both phone and recovery codes: they set two-factor sign-in up again.</summary>
    public async Task<StaffChangeResult> ResetTwoFactorAsync(PortalUser user, string actingUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id == actingUserId)
        {
            return StaffChangeResult.Refused("Ihre eigene Zwei-Faktor-Anmeldung verwalten Sie unter „Mein Konto“.");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.WriteAsync(AuditAction.TwoFactorDisabled, $"Zwei-Faktor-Anmeldung von {user.Email} zurückgesetzt", null, cancellationToken);
        return StaffChangeResult.Ok($"Die Zwei-Faktor-Anmeldung von {user.DisplayName} ist zurückgesetzt. Die Person meldet sich jetzt nur mit dem Passwort an und richtet sie danach neu ein.");
    }

    private static string LastAdministrator(PortalUser user) =>
        $"{user.DisplayName} ist das letzte aktive Administrator-Konto. Ernennen Sie zuerst eine weitere Person zur Administratorin bzw. zum Administrator.";
}
