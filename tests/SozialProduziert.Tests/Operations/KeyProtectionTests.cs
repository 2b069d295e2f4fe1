using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// DataProtection:CertificatePath encrypts the keys in the database: the stored key holds no key material in plain
/// text; another instance with the certificate reads it, one without cannot; after a change of certificate the old
/// one, listed under PreviousCertificates, still opens the keys it encrypted.
/// </summary>
public sealed class KeyProtectionTests : IDisposable
{
    private const string Purpose = "KeyProtectionTests";

    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-keys-").FullName;

    [Fact]
    public async Task Keys_are_stored_encrypted_and_only_instances_with_the_certificate_read_them()
    {
        var certificate = WriteCertificate("alt.pfx", "Pa55wort!");
        await using var first = new PortalFactory { Settings = WithCertificate(certificate, "Pa55wort!") };
        await DeleteKeysOfTheTemplateAsync(first);
        var token = Protector(first).Protect("Anmeldung bleibt gültig");

        var stored = Assert.Single(await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync()));
        Assert.Contains("<encryptedSecret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", stored, StringComparison.Ordinal);

        await using (var withCertificate = new PortalFactory(first.DatabasePath, demo: false) { Settings = WithCertificate(certificate, "Pa55wort!") })
        {
            Assert.Equal("Anmeldung bleibt gültig", Protector(withCertificate).Unprotect(token));
        }

        await using (var without = new PortalFactory(first.DatabasePath, demo: false))
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(without).Unprotect(token));
        }

        var replacement = WriteCertificate("neu.pfx", "N3uesPasswort");
        var rotated = new Dictionary<string, string>(WithCertificate(replacement, "N3uesPasswort"))
        {
            ["DataProtection:PreviousCertificates:0:Path"] = certificate,
            ["DataProtection:PreviousCertificates:0:Password"] = "Pa55wort!",
        };
        await using (var afterChange = new PortalFactory(first.DatabasePath, demo: false) { Settings = rotated })
        {
            Assert.Equal("Anmeldung bleibt gültig", Protector(afterChange).Unprotect(token));
        }

        await using (var oldOneForgotten = new PortalFactory(first.DatabasePath, demo: false) { Settings = WithCertificate(replacement, "N3uesPasswort") })
        {
            Assert.ThrowsAny<CryptographicException>(() => Protector(oldOneForgotten).Unprotect(token));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// The template database holds the unencrypted key the app made when the template was built; removed before the
    /// app starts, so the first key is made with the certificate, as in a new installation.
    /// </summary>
    private static async Task DeleteKeysOfTheTemplateAsync(PortalFactory portal)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM DataProtectionKeys";
        await command.ExecuteNonQueryAsync();
    }

    private static IDataProtector Protector(PortalFactory portal) =>
        portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static Dictionary<string, string> WithCertificate(string path, string password) => new()
    {
        ["DataProtection:CertificatePath"] = path,
        ["DataProtection:CertificatePassword"] = password,
    };

    private string WriteCertificate(string name, string password) => TestCertificates.WritePfx(Path.Combine(_folder, name), password);
}
