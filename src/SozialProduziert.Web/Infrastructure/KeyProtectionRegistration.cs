using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Section "DataProtection": a certificate that encrypts the Data Protection keys before they are stored in the
/// database, so a copy of the database or of a backup no longer holds keys that sign cookies in plain text.
/// </summary>
public sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 file (.pfx/.p12) with the certificate and its private key. Empty: keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The file's password; a secret.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before, only to read the keys they encrypted, after the certificate was changed.</summary>
    public List<PreviousCertificate> PreviousCertificates { get; set; } = [];

    public sealed class PreviousCertificate
    {
        public string? Path { get; set; }

        public string? Password { get; set; }
    }
}

public static class KeyProtectionRegistration
{
    /// <summary>With DataProtection:CertificatePath set, new keys are encrypted with that certificate.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>();
        if (string.IsNullOrWhiteSpace(options?.CertificatePath))
        {
            return builder;
        }

        builder.ProtectKeysWithCertificate(Load(options.CertificatePath, options.CertificatePassword, "DataProtection:CertificatePath"));
        var previous = options.PreviousCertificates
            .Select((c, i) => Load(c.Path, c.Password, $"DataProtection:PreviousCertificates:{i}:Path"))
            .ToArray();
        if (previous.Length > 0)
        {
            builder.UnprotectKeysWithAnyCertificate(previous);
        }

        return builder;
    }

    private static X509Certificate2 Load(string? path, string? password, string setting)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new StartupException($"{setting}: Die Zertifikatsdatei „{path}“ gibt es nicht.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException e)
        {
            throw new StartupException($"{setting}: Das Zertifikat „{path}“ lässt sich nicht öffnen (falsches Passwort oder keine PKCS#12-Datei).", e);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new StartupException($"{setting}: Das Zertifikat „{path}“ enthält keinen privaten Schlüssel; ohne ihn lassen sich die Schlüssel nicht mehr lesen.");
        }

        return certificate;
    }
}
