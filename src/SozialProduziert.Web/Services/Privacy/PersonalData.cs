using System.Security.Cryptography;
using System.Text;

namespace SozialProduziert.Web.Services.Privacy;

/// <summary>What anonymised fields are set to, and how an e-mail address is compared and referred to.</summary>
public static class PersonalData
{
    /// <summary>A reserved domain (RFC 2606): no mail to it can ever be delivered.</summary>
    public const string AnonymisedAddress = "anonymisiert@anonymisiert.invalid";

    public const string Removed = "[gelöscht]";

    public static string Normalise(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>
    /// A short fingerprint of the address for the audit log: it proves later that an erasure for an address was done
    /// (staff search the address again), while the log itself does not show the address.
    /// </summary>
    public static string Fingerprint(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(email))))[..16];

    /// <summary>Replaces each of <paramref name="secrets"/> in <paramref name="text"/> (case-insensitively).</summary>
    public static string Redact(string text, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(secrets);
        foreach (var secret in secrets.Where(s => !string.IsNullOrWhiteSpace(s) && s.Trim().Length >= 3))
        {
            text = text.Replace(secret!.Trim(), "[entfernt]", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
