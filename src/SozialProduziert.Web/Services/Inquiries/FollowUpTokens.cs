using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SozialProduziert.Web.Services.Inquiries;

/// <summary>
/// The single-use key of a follow-up link: 32 random bytes in the link, only their SHA-256 in the database, so a
/// copy of the database does not open anyone's follow-up form.
/// </summary>
public static class FollowUpTokens
{
    public static (string Token, string Hash) Create()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Tokens are 43 characters of base64url; anything else is refused before touching the database.</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
