using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>Claims the portal adds to the sign-in cookie beyond Identity's own.</summary>
public static class PortalClaims
{
    /// <summary>Present ("true") when the account has two-factor sign-in switched on.</summary>
    public const string TwoFactorEnabled = "sopro:2fa";
}

/// <summary>
/// Puts the account's two-factor state into the cookie, so the enrolment rule for Administrators needs no database
/// query per request. The security stamp validator rebuilds the principal every minute, and the pages that switch
/// two-factor on or off refresh the sign-in at once.
/// </summary>
public sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaims.TwoFactorEnabled, "true"));
        }

        return identity;
    }
}
