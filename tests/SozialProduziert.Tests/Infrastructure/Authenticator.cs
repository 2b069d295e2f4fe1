using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>Plays the authenticator app: computes the current TOTP code from an account's shared key (RFC 6238, as the apps do).</summary>
public static class Authenticator
{
    public static string CodeFor(string sharedKey, DateTime? utc = null)
    {
        ArgumentNullException.ThrowIfNull(sharedKey);
        var key = Base32Encoding.ToBytes(sharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        return new Totp(key).ComputeTotp(utc ?? DateTime.UtcNow);
    }

    /// <summary>The current code for the account's stored key.</summary>
    public static async Task<string> AuthenticatorCodeAsync(this PortalFactory portal, string email)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException($"{email} has no authenticator key.");
        return CodeFor(key);
    }

    /// <summary>A code that is certainly wrong now: the current one with its last digit changed.</summary>
    public static string WrongCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code[..^1] + (char)('0' + ((code[^1] - '0' + 5) % 10));
    }
}
