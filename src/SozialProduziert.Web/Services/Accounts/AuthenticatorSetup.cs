using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Accounts;

/// <summary>
/// What an authenticator app needs to be paired with an account: the shared key, readable and as a QR code,
/// and the recovery codes that replace the app when the phone is lost.
/// </summary>
public sealed class AuthenticatorSetup(UserManager<PortalUser> users)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The name authenticator apps show above the code.</summary>
    public const string Issuer = "sozialproduziert";

    /// <summary>
    /// The account's authenticator key, created when it has none. Creating one renews the security stamp, so the
    /// caller refreshes the current sign-in when <c>Created</c> is true.
    /// </summary>
    public async Task<(string Key, bool Created)> EnsureKeyAsync(PortalUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrEmpty(key))
        {
            return (key, false);
        }

        await users.ResetAuthenticatorKeyAsync(user);
        return ((await users.GetAuthenticatorKeyAsync(user))!, true);
    }

    /// <summary>Ten fresh codes; the old ones stop working. They are shown once, right after this call, and never again.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(PortalUser user) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

    /// <summary>The key in groups of four, the way people copy it into an app by hand.</summary>
    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(formatted.Length == 0 ? "" : " ").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return formatted.ToString().ToLowerInvariant();
    }

    /// <summary>The otpauth URI (Google's key-URI format, understood by every common authenticator app).</summary>
    public static Uri AuthenticatorUri(string email, string key) =>
        new($"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>
    /// The QR code as a PNG data URI: rendered on the server, needs no script, and passes the CSP (img-src data:),
    /// which inline SVG markup with style attributes would not.
    /// </summary>
    public static QrCodeImage QrCode(Uri content)
    {
        ArgumentNullException.ThrowIfNull(content);
        const int pixelsPerModule = 4;
        using var data = QRCodeGenerator.GenerateQrCode(content.AbsoluteUri, QRCodeGenerator.ECCLevel.Q);
        using var png = new PngByteQRCode(data);
        var bytes = png.GetGraphic(pixelsPerModule);
        return new QrCodeImage("data:image/png;base64," + Convert.ToBase64String(bytes), data.ModuleMatrix.Count * pixelsPerModule);
    }

    /// <summary>An app code as people type it, possibly with the app's grouping space or a hyphen.</summary>
    public static string NormalizeCode(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>A recovery code as people type it: Identity's codes are upper case with one hyphen ("AB12C-3DE45").</summary>
    public static string NormalizeRecoveryCode(string? code) =>
        (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}

/// <summary>A QR code as an image source with its side length in pixels (for width/height, so it is never rescaled).</summary>
public sealed record QrCodeImage(string DataUri, int Size);
