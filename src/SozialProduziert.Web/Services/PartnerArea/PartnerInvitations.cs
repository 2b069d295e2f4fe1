using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Services.PartnerArea;

/// <summary>
/// Invitations of a firm's contact persons: a random token in a link sent by mail, stored only as its hash,
/// valid for a few days and usable once. Accepting creates the partner account and its link to the firm.
/// </summary>
public sealed class PartnerInvitations(
    AppDbContext db, UserManager<PortalUser> users, RoleManager<IdentityRole> roles, MailOutbox outbox, AuditLog audit,
    CurrentUser currentUser, TimeProvider clock, IOptions<PartnerAreaOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Stores the invitation and its mail in one save; returns the token (for tests; it is nowhere else).</summary>
    public async Task<string> InviteAsync(Partner partner, string email, string name, string baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var token = WebEncoders(RandomNumberGenerator.GetBytes(32));
        var invitation = new PartnerInvitation
        {
            PartnerId = partner.Id,
            Email = email.Trim(),
            Name = name.Trim(),
            TokenHash = Hash(token),
            CreatedAt = Now,
            ExpiresAt = Now.AddDays(options.Value.InvitationValidDays),
            InvitedBy = currentUser.Name,
        };
        db.PartnerInvitations.Add(invitation);
        outbox.Enqueue(InvitationMail.Compose(invitation, partner.Name, $"{baseUrl.TrimEnd('/')}/mein-bereich/einladung/{token}"));
        audit.Add(AuditAction.PartnerInvited, $"{invitation.Name} <{invitation.Email}>", nameof(Partner), partner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The open invitation for this token, or null when it is unknown, used, withdrawn or expired.</summary>
    public async Task<PartnerInvitation?> FindOpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var invitation = await db.PartnerInvitations.Include(i => i.Partner)
            .FirstOrDefaultAsync(i => i.TokenHash == hash && i.Partner!.DeletedAt == null, cancellationToken);
        return invitation is not null && invitation.IsOpen(Now) ? invitation : null;
    }

    /// <summary>Creates the account with the chosen password and uses up the invitation; Identity's German errors on failure.</summary>
    public async Task<IdentityResult> AcceptAsync(PartnerInvitation invitation, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = "PartnerEmailTaken",
                Description = "Für diese E-Mail-Adresse gibt es schon ein Konto. Bitte melden Sie sich an oder wenden Sie sich an das Team von SoPro.",
            });
        }

        if (!await roles.RoleExistsAsync(PartnerRole.Name))
        {
            await roles.CreateAsync(new IdentityRole(PartnerRole.Name));
        }

        var user = new PortalUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = invitation.Name, CreatedAt = Now };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return result;
        }

        var roleResult = await users.AddToRoleAsync(user, PartnerRole.Name);
        if (!roleResult.Succeeded)
        {
            await users.DeleteAsync(user);
            return roleResult;
        }

        invitation.UsedAt = Now;
        db.PartnerMembers.Add(new PartnerMember { UserId = user.Id, PartnerId = invitation.PartnerId, CreatedAt = Now });
        audit.Add(AuditAction.PartnerAccountCreated, invitation.Name, nameof(Partner), invitation.PartnerId, invitation.Email);
        await db.SaveChangesAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<bool> RevokeAsync(int partnerId, int invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.PartnerInvitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.PartnerId == partnerId, cancellationToken);
        if (invitation is null || invitation.UsedAt is not null || invitation.RevokedAt is not null)
        {
            return false;
        }

        invitation.RevokedAt = Now;
        audit.Add(AuditAction.PartnerInvitationRevoked, invitation.Email, nameof(Partner), partnerId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string WebEncoders(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
