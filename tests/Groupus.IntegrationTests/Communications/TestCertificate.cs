using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Groupus.IntegrationTests.Communications;

/// <summary>A self-signed certificate for localhost made by the test, as PEM files for the SMTP server, and its SHA-256 thumbprint.</summary>
public sealed record TestCertificate(string CertificateFile, string KeyFile, string Sha256)
{
    public static TestCertificate Create()
    {
        var directory = Directory.CreateTempSubdirectory("groupus-smtp-tls-").FullName;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var certificateFile = Path.Combine(directory, "smtp.crt");
        var keyFile = Path.Combine(directory, "smtp.key");
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        return new TestCertificate(certificateFile, keyFile, Convert.ToHexString(SHA256.HashData(certificate.RawData)));
    }
}
