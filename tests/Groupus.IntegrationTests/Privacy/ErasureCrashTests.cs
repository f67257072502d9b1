using Groupus.Api.Grpc.Privacy.V1;
using Groupus.IntegrationTests.Privacy.Doubles;
using Groupus.IntegrationTests.Support;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// An erasure killed at each of its steps (a module throws as the process would die) resumes on the next start of a
/// new server over the same files, completes, leaves nothing behind, and applies no step's effect twice.
/// </summary>
public sealed class ErasureCrashTests
{
    // Effectful calls of an erasure over two modules: alpha.erase, bravo.erase, keys.destroy.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task An_erasure_killed_at_any_step_resumes_on_restart_and_completes_with_nothing_left(int crashAt)
    {
        var crash = new CrashSwitch(crashAt);
        var providers = new[] { new TestPersonalDataProvider("alpha", crash), new TestPersonalDataProvider("bravo", crash) };
        var keys = new CountingSubjectKeys(crash);
        var dataDirectory = TestServer.NewDataDirectory();
        Guid subject;
        string requestId;
        await using (var first = await RequestWorld.StartAsync(providers, keys, dataDirectory))
        {
            subject = await first.EnrolAsync("kim@example.com", "+447700900011");
            var request = await first.VerifiedAsync(subject, RequestType.Erasure, "kim@example.com");
            requestId = request.Id;
            await RpcFailure.Of(() => first.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = requestId }, first.Officer.Headers));
            Assert.True(crash.Crashed);
            var interrupted = await first.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = requestId }, first.Officer.Headers);
            Assert.Equal(RequestStatus.InProgress, interrupted.Status);
            Assert.Equal(crashAt - 1, interrupted.Steps.Count(s => s.State == "DONE"));
        }

        await using var second = await RequestWorld.StartAsync(providers, keys, dataDirectory, newOfficer: false);
        var resumed = await Eventually.ValueAsync(
            async () => await second.Privacy.GetRequestAsync(new GetRequestRequest { RequestId = requestId }, second.Officer.Headers),
            r => r.Status == RequestStatus.Completed);

        Assert.All(resumed.Steps, s => Assert.Equal("DONE", s.State));
        Assert.All(providers, p => Assert.False(p.Records.ContainsKey(subject)));
        Assert.All(providers, p => Assert.Equal(1, p.Erasures.GetValueOrDefault(subject)));
        Assert.Equal(1, keys.Destroyed[subject]);
        Assert.Equal(crash.Calls.Distinct().Count(), crash.Calls.Count);
        var certificate = await second.Privacy.GetErasureCertificateAsync(new GetErasureCertificateRequest { RequestId = requestId }, second.Officer.Headers);
        Assert.True(certificate.SubjectKeyDestroyed);
        Assert.Equal(2, certificate.Lines.Count(l => l.Action == "DELETED" && l.RecordCount == 1));
    }
}
