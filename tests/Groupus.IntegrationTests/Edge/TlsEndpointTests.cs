using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Groupus.IntegrationTests.Edge;

public sealed class TlsEndpointTests
{
    [Fact]
    public async Task A_configured_certificate_serves_grpc_over_tls()
    {
        var dataDirectory = TestServer.NewDataDirectory();
        Directory.CreateDirectory(dataDirectory);
        var certificateFile = Path.Combine(dataDirectory, "tls.pfx");
        using var certificate = CreateSelfSignedCertificate();
        await File.WriteAllBytesAsync(certificateFile, certificate.Export(X509ContentType.Pfx, "test-password"));

        await using var server = await TestServer.StartAsync(dataDirectory, null,
            "Kestrel:Endpoints:Grpc:Url=https://127.0.0.1:0",
            $"Kestrel:Endpoints:Grpc:Certificate:Path={certificateFile}",
            "Kestrel:Endpoints:Grpc:Certificate:Password=test-password");
        Assert.StartsWith("https://", server.Address, StringComparison.Ordinal);
        using var handler = new HttpClientHandler
        {
            // Trust exactly this certificate, as a client pinning a private CA would.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { HttpHandler = handler });

        var health = await Eventually.ValueAsync(
            async () => await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()),
            reply => reply.Status == HealthCheckResponse.Types.ServingStatus.Serving);
        var login = await new AuthService.AuthServiceClient(channel).LoginAsync(
            new LoginRequest { Username = "admin", Password = server.InitialAdminPassword(), NewPassword = TestServer.StrongPassword });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.NotEmpty(login.AccessToken);
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
    }
}
