using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>
/// "Passwort vergessen?" for staff: an Identity reset token, mailed through the outbox as a link valid for two hours
/// and usable once (resetting renews the security stamp, which the token is bound to). Whoever asks learns nothing
/// about whether the address has an account; an address gets at most three links in 15 minutes.
/// </summary>
public sealed class PasswordResetByMail(UserManager<PortalUser> users, StaffDirectory directory, AppDbContext db, MailOutbox outbox, MailLinks links, AuditLog audit, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan ThrottleWindow = TimeSpan.FromMinutes(15);
    public const int MaxLinksPerWindow = 3;

    public async Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null || directory.StateOf(user.LockoutEnd) == StaffAccountState.Disabled)
        {
            return;
        }

        var since = clock.GetUtcNow().UtcDateTime - ThrottleWindow;
        var recent = await db.OutboxMails.CountAsync(m => m.Purpose == MailPurposes.PasswordReset && m.ToAddress == user.Email && m.CreatedAt > since, cancellationToken);
        if (recent >= MaxLinksPerWindow)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = links.To($"/admin/passwort-zuruecksetzen?konto={Uri.EscapeDataString(user.Id)}&code={code}");
        outbox.Enqueue(MailLayout.Compose(user.Email, user.DisplayName, "Passwort für sozialproduziert zurücksetzen", $"Guten Tag {user.DisplayName},",
            [
                new MailParagraph("für Ihr Konto im Redaktionsbereich von sozialproduziert wurde ein neues Passwort angefordert. Über diesen Link legen Sie es fest:"),
                new MailAction("Neues Passwort festlegen", link),
                new MailParagraph($"Der Link gilt {LinkLifetime.TotalHours:0} Stunden und nur einmal. Ihr bisheriges Passwort gilt weiter, bis Sie ein neues festlegen."),
                new MailParagraph("Haben Sie das nicht angefordert? Dann können Sie diese E-Mail ignorieren. Fragt jemand wiederholt für Ihr Konto an, informieren Sie bitte eine Administratorin oder einen Administrator."),
            ],
            MailPurposes.PasswordReset));
        audit.Add(AuditAction.PasswordResetRequested, "Link zum Zurücksetzen per E-Mail angefordert", userName: user.Email);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The person behind a link, or null when the link is not (or no longer) valid: checked before the form is shown,
    /// so nobody types a new password into a page that cannot save it.
    /// </summary>
    public async Task<PortalUser?> AccountForAsync(string? userId, string? code)
    {
        var token = Decode(code);
        if (string.IsNullOrEmpty(userId) || token is null)
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null || directory.StateOf(user.LockoutEnd) == StaffAccountState.Disabled)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<PortalUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }

    /// <summary>Sets the new password; a temporary lock from failed sign-ins is lifted, since the person proved access to the mailbox.</summary>
    public async Task<IdentityResult> ResetAsync(PortalUser user, string code, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = Decode(code);
        if (token is null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return result;
        }

        if (directory.StateOf(user.LockoutEnd) == StaffAccountState.LockedOut)
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        await audit.WriteAsync(AuditAction.PasswordReset, "Passwort über den Link per E-Mail neu festgelegt", user.Email, cancellationToken);
        return result;
    }

    private static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
