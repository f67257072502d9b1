using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Contracts.Privacy;
using Groupus.IntegrationTests.Privacy.Doubles;
using Groupus.IntegrationTests.Privacy.Vault;
using Groupus.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// An erasure killed at each of its steps (a module throws as the process would die: before its erasure, or after it
/// but before the step is recorded) resumes on the next start of a new server over the same files, completes, leaves
/// nothing behind in any module, and applies no step's effect twice.
/// </summary>
public sealed class ErasureCrashTests
{
    private const string Email = "kim.canary@example.com";
    private const string Name = "Kim Canary";
    private const string Company = "Canary Engines Ltd";

    // The request covers two subjects (the person's and their visit's), and every module erases each, in the order of
    // their names: the two test modules (alpha, bravo: first) once per subject, 4; six real modules (communications,
    // fax, identity, partners, sales, visitors; customers holds no personal data of its own) die before and after
    // erasing each subject, 24 points; and each key's destruction, 2: 30 in all.
    public static TheoryData<int> EveryCrashPoint => [.. Enumerable.Range(1, 30)];

    // Points where a module had committed the erasure of the person's records before dying: identity after either
    // subject (14, 16), sales after either subject (22, 24), visitors after the visit's subject (28).
    private static readonly int[] DiedAfterErasingRecords = [14, 16, 22, 24, 28];

    [Theory]
    [MemberData(nameof(EveryCrashPoint))]
    public async Task An_erasure_killed_at_any_step_resumes_on_restart_and_completes_with_nothing_left(int crashAt)
    {
        var crash = new CrashSwitch(crashAt);
        var providers = new[] { new TestPersonalDataProvider("alpha", crash), new TestPersonalDataProvider("bravo", crash) };
        var keys = new CountingSubjectKeys(crash);
        var dataDirectory = TestServer.NewDataDirectory();
        Guid subject;
        Guid visitor;
        string requestId;
        await using (var first = await RequestWorld.StartAsync(providers, keys, dataDirectory, crashRealModules: crash))
        {
            subject = await first.EnrolAsync(Email, "+447700900011");
            // The visit is enrolled by name and company only, which never joins a person: a subject of its own, which
            // the officer confirms as the same requester.
            visitor = await SeedEveryModuleAsync(first.Server.App.Services);
            Assert.Equal(4, (await RealHoldingsAsync(first.Server.App.Services, subject, visitor)).Sum(h => h.RecordCount));

            var request = await first.VerifiedAsync(subject, RequestType.Erasure, Email, visitor);
            requestId = request.Id;
            await RpcFailure.Of(() => first.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = requestId }, first.Officer.Headers));
            Assert.True(crash.Crashed);
            var interrupted = await first.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = requestId }, first.Officer.Headers);
            Assert.Equal(RequestStatus.InProgress, interrupted.Status);
            Assert.Contains(interrupted.Steps, s => s.State != "DONE");
        }

        await using var second = await RequestWorld.StartAsync(providers, keys, dataDirectory, newOfficer: false);
        var resumed = await Eventually.ValueAsync(
            async () => await second.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = requestId }, second.Officer.Headers),
            r => r.Status == RequestStatus.Completed);

        Assert.All(resumed.Steps, s => Assert.Equal("DONE", s.State));
        Assert.Empty(await RealHoldingsAsync(second.Server.App.Services, subject, visitor));
        Assert.All(providers, p => Assert.False(p.Records.ContainsKey(subject)));
        Assert.All(providers, p => Assert.Equal(1, p.Erasures.GetValueOrDefault(subject)));
        Assert.Equal(1, keys.Destroyed[subject]);
        Assert.Equal(1, keys.Destroyed[visitor]);
        var registry = second.Server.App.Services.GetRequiredService<IDataSubjectRegistry>();
        Assert.Empty(await registry.FindAsync(SubjectIdentifier.Email(Email), CancellationToken.None));

        // The completion is visible as soon as it commits; its certificate follows just after and says so until then.
        var certificate = await Eventually.ValueAsync(
            () => CertificateOrNullWhileIssuedAsync(second, requestId),
            c => c is not null);
        Assert.NotNull(certificate);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.Equal(2, certificate.Lines.Count(l => l.Module is "alpha" or "bravo" && l.Action == "DELETED" && l.RecordCount == 1));
        // A step that ran again after dying past its erasure still counts what the lost run erased, and says so.
        Assert.Equal(1, certificate.Lines.Where(l => l is { Module: "visitors", Action: "DELETED" }).Max(l => l.RecordCount));
        Assert.Equal(1, certificate.Lines.Where(l => l is { Module: "sales", RecordType: "Prospect" }).Max(l => l.RecordCount));
        Assert.Equal(1, certificate.Lines.Where(l => l is { Module: "identity", RecordType: "CustomerUser" }).Max(l => l.RecordCount));
        if (DiedAfterErasingRecords.Contains(crashAt))
        {
            var module = crash.CrashedAt![..crash.CrashedAt!.IndexOf('.', StringComparison.Ordinal)];
            Assert.Contains(certificate.Lines, l => l.Module == module && l.Note.Contains("interrupted run", StringComparison.Ordinal));
            Assert.Contains("Note:", certificate.Text, StringComparison.Ordinal);
        }
    }

    private static async Task<ErasureCertificate?> CertificateOrNullWhileIssuedAsync(RequestWorld world, string requestId)
    {
        try
        {
            return await world.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = requestId }, world.Officer.Headers);
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.Unavailable)
        {
            return null;
        }
    }

    /// <summary>Seeds a record of the person in every real module; returns the visit's subject.</summary>
    private static async Task<Guid> SeedEveryModuleAsync(IServiceProvider services)
    {
        await SubjectSeeds.ProspectAsync(services, Name, Company, Email, "Quote for 40 seats", "Called back");
        await SubjectSeeds.SubscriptionAsync(services, Email, Name);
        await SubjectSeeds.CustomerUserAsync(services, "kim.canary", Name, Email);
        return (await SubjectSeeds.VisitAsync(services, Name, Company, "Contract signing")).DataSubjectId;
    }

    /// <summary>What the server's own modules (not the test modules) report holding about the subject as controller.</summary>
    private static async Task<IReadOnlyList<PersonalDataHolding>> RealHoldingsAsync(IServiceProvider services, params Guid[] subjects)
    {
        using var scope = services.CreateScope();
        var holdings = new List<PersonalDataHolding>();
        foreach (var subject in subjects)
        {
            var lookup = new SubjectLookup(subject, [SubjectIdentifier.Email(Email)]);
            foreach (var provider in scope.ServiceProvider.GetServices<IPersonalDataProvider>().Where(p => p.Module is not ("alpha" or "bravo")))
            {
                holdings.AddRange((await provider.FindAsync(lookup, CancellationToken.None)).Where(h => h.Role == Groupus.Contracts.Privacy.ProcessingRole.Controller && h.RecordCount > 0));
            }
        }

        return holdings;
    }
}
