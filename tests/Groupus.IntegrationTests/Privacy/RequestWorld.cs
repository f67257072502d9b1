using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Contracts.Privacy;
using Groupus.IntegrationTests.Privacy.Doubles;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>A server with two test modules' personal data, a privacy officer, and helpers to enrol people and make requests.</summary>
public sealed class RequestWorld : IAsyncDisposable
{
    private RequestWorld(TestServer server, PrivacySession officer, TestPersonalDataProvider[] providers)
    {
        Server = server;
        Officer = officer;
        Providers = providers;
    }

    public TestServer Server { get; }

    public PrivacySession Officer { get; }

    public TestPersonalDataProvider[] Providers { get; }

    public PrivacyService.PrivacyServiceClient Privacy => Officer.Privacy;

    public string OutgoingMail => Path.Combine(Server.DataDirectory, "outgoing-mail");

    public static async Task<RequestWorld> StartAsync(
        TestPersonalDataProvider[]? providers = null,
        CountingSubjectKeys? keys = null,
        string? dataDirectory = null,
        SettableClock? clock = null,
        bool newOfficer = true,
        CrashSwitch? crashRealModules = null)
    {
        providers ??= [new TestPersonalDataProvider("alpha"), new TestPersonalDataProvider("bravo")];
        var server = await TestServer.StartWithAsync(
            services =>
            {
                if (crashRealModules is not null)
                {
                    services.Decorate<IPersonalDataProvider>((real, _) => new CrashingProvider(real, crashRealModules));
                }

                foreach (var provider in providers)
                {
                    services.AddSingleton<IPersonalDataProvider>(provider);
                }

                if (keys is not null)
                {
                    services.AddSingleton<Groupus.Application.Privacy.ISubjectKeyVault>(
                        provider => keys.Around(provider.GetRequiredService<Groupus.Infrastructure.Privacy.Vault.SubjectKeyVault>()));
                }
            },
            dataDirectory,
            clock);
        var officer = newOfficer ? new PrivacySession(await server.StaffAsync("priya", "privacy-officer")) : new PrivacySession(await server.AdminAsync());
        return new RequestWorld(server, officer, providers);
    }

    public async Task<Guid> EnrolAsync(string email, string phone)
    {
        var registry = Server.App.Services.GetRequiredService<IDataSubjectRegistry>();
        var subject = await registry.EnrolAsync([SubjectIdentifier.Email(email), SubjectIdentifier.Phone(phone)], CancellationToken.None);
        foreach (var provider in Providers)
        {
            provider.Seed(subject, ("name", $"Canary {email} <b>"), ("email", email));
        }

        return subject;
    }

    public async Task<Api.Grpc.Privacy.V1.DataSubjectRequest> CreateAsync(Guid subject, RequestType type, string email, string phone = "", params Guid[] alsoSubjects)
    {
        var response = await Privacy.CreateRequestAsync(
            new CreateRequestRequest
            {
                SubjectId = subject.ToString(), Type = type, Channel = "email", NamedAs = new SubjectQuery { Email = email, Phone = phone },
                AlsoSubjectIds = { alsoSubjects.Select(s => s.ToString()) },
            },
            Officer.Headers);
        return response.Request;
    }

    /// <summary>Sends a code by e-mail and reads it back from the pickup directory, as the subject would.</summary>
    public async Task<string> SendCodeAsync(string requestId)
    {
        var before = Directory.Exists(OutgoingMail) ? Directory.GetFiles(OutgoingMail, "*.eml").ToHashSet() : [];
        await Privacy.SendVerificationCodeAsync(new SendVerificationCodeRequest { RequestId = requestId, SendTo = Api.Grpc.Privacy.V1.SubjectIdentifierKind.Email }, Officer.Headers);
        var file = Directory.GetFiles(OutgoingMail, "*.eml").Single(f => !before.Contains(f));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        return System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"\b(\d{6,})\b").Groups[1].Value;
    }

    public async Task<Api.Grpc.Privacy.V1.DataSubjectRequest> VerifiedAsync(Guid subject, RequestType type, string email, params Guid[] alsoSubjects)
    {
        var request = await CreateAsync(subject, type, email, "", alsoSubjects);
        var code = await SendCodeAsync(request.Id);
        return await Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = request.Id, Code = code }, Officer.Headers);
    }

    /// <summary>Downloads the request's package with a fresh token and returns its data.json as text.</summary>
    public async Task<string> DownloadDataJsonAsync(string requestId)
    {
        var issued = await Privacy.IssueExportDownloadAsync(new IssueExportDownloadRequest { RequestId = requestId }, Officer.Headers);
        using var zipBytes = new MemoryStream();
        using (var call = new PrivacyService.PrivacyServiceClient(Server.Channel).DownloadExport(new DownloadExportRequest { Token = issued.Token }))
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
                call.ResponseStream.Current.Data.WriteTo(zipBytes);
            }
        }

        zipBytes.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(zipBytes, System.IO.Compression.ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("data.json")!.Open());
        return await reader.ReadToEndAsync();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
