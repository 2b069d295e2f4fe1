using Microsoft.AspNetCore.Identity;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>
/// The second sign-in step, the same for staff and partners: a code from the authenticator app or a recovery code,
/// checked against the lockout and written to the audit log. Wrong recovery codes count towards the lockout like
/// wrong passwords, because they can be guessed like passwords; Identity counts wrong app codes itself.
/// </summary>
public sealed class SecondFactorSignIn(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AuditLog audit)
{
    /// <summary>The account that has given its password and still owes the code; null when that step has expired.</summary>
    public Task<PortalUser?> PendingUserAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    public async Task<SecondFactorOutcome> WithAppCodeAsync(PortalUser user, string code, SecondFactorAudit auditTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditTexts);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorSetup.NormalizeCode(code), isPersistent: false, rememberClient: false);
        return await RecordAsync(user, result, auditTexts, cancellationToken);
    }

    public async Task<SecondFactorOutcome> WithRecoveryCodeAsync(PortalUser user, string code, SecondFactorAudit auditTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(auditTexts);
        var failedBefore = user.AccessFailedCount;
        var result = await users.IsLockedOutAsync(user)
            ? SignInResult.LockedOut
            : await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorSetup.NormalizeRecoveryCode(code));

        // Unless Identity already counted this attempt.
        if (!result.Succeeded && !result.IsLockedOut && user.AccessFailedCount == failedBefore)
        {
            await users.AccessFailedAsync(user);
        }

        return await RecordAsync(user, result, auditTexts, cancellationToken);
    }

    private async Task<SecondFactorOutcome> RecordAsync(PortalUser user, SignInResult result, SecondFactorAudit auditTexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignInSucceeded, auditTexts.Succeeded, user.UserName, cancellationToken);
            return SecondFactorOutcome.SignedIn;
        }

        var lockedOut = await users.IsLockedOutAsync(user);
        await audit.WriteAsync(lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, auditTexts.Refused, user.UserName, cancellationToken);
        return lockedOut ? SecondFactorOutcome.LockedOut : SecondFactorOutcome.WrongCode;
    }
}

/// <summary>What the audit log says of a successful and of a refused attempt.</summary>
public sealed record SecondFactorAudit(string Succeeded, string Refused);

public enum SecondFactorOutcome
{
    SignedIn,
    WrongCode,
    LockedOut,
}
