using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>Creates staff accounts: from the command line, for the demo, and in the account administration.</summary>
public sealed class StaffAccounts(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <summary>
    /// Creates an account with the role and returns the password it got: the given one, or a generated
    /// one-time password the person changes after signing in. Fails with German messages from Identity.
    /// </summary>
    public async Task<(IdentityResult Result, string Password)> CreateAsync(string email, string displayName, string role, string? password = null)
    {
        await EnsureRolesAsync();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        password ??= GeneratePassword();
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return (result, password);
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.Staff)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>20 characters from an alphabet without look-alikes (no 0/O, 1/l/I), easy to type from a printout.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }
}
