using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SozialProduziert.Tests.Infrastructure;

internal static class TestCertificates
{
    /// <summary>Writes a self-signed certificate with its private key as a PKCS#12 file, as an IT department would issue one.</summary>
    public static string WritePfx(string path, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SozialProduziert Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
