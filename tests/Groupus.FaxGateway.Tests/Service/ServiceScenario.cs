using System.Security.Cryptography;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Fax.Modems.Class2;
using Groupus.Fax.T30.Calls;
using Groupus.FaxGateway.Emulation;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;
using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Tests.Imaging;
using Groupus.FaxGateway.Tests.Support;

namespace Groupus.FaxGateway.Tests.Service;

/// <summary>
/// One gateway line on an emulated Class 2.0 modem (a real pty), a far-end fax (emulator plus our driver) reachable
/// as +44 20 7946 0002, and a fake core. The gateway line's own number on the emulated network is 1001.
/// </summary>
internal sealed class ServiceScenario : IAsyncDisposable
{
    public const string FarEndE164 = "+442079460002";
    public const string FarEndDialled = "02079460002";
    public const string GatewayLineNumber = "1001";

    private ServiceScenario(FakeCore core, Class2ModemEmulator line, Class2EmulatedModem farEnd, string spool)
    {
        Core = core;
        LineModem = line;
        FarEnd = farEnd;
        SpoolDirectory = spool;
    }

    public FakeCore Core { get; }

    public Class2ModemEmulator LineModem { get; }

    public Class2EmulatedModem FarEnd { get; }

    public string SpoolDirectory { get; }

    public GatewayUnderTest? Gateway { get; private set; }

    public static IReadOnlyList<FaxPage> Document { get; } =
    [
        TestPages.TextLike(11, height: 160, yResolution: 98),
        TestPages.TextLike(12, height: 160, yResolution: 98),
        TestPages.TextLike(13, height: 160, yResolution: 98),
    ];

    public static async Task<ServiceScenario> StartAsync(
        FarEndGate? gate = null, bool startGateway = true, TimeSpan? lease = null, Class2ModemEmulatorOptions? farEndModem = null)
    {
        var network = Class2EmulatedModem.Network();
        var core = await FakeCore.StartAsync();
        if (lease is { } duration)
        {
            core.LeaseDuration = duration;
        }

        var line = Class2ModemEmulator.Start(network, GatewayLineNumber);
        var farEnd = Class2EmulatedModem.Start(network, FarEndDialled, farEndModem,
            create: gate is null ? null : (channel, options) => new Class2FaxModem(channel, options) { DecodePage = gate.Decode });
        var spool = Path.Combine(Path.GetTempPath(), "groupus-spool-" + Guid.NewGuid().ToString("N"));
        var scenario = new ServiceScenario(core, line, farEnd, spool);
        if (startGateway)
        {
            await scenario.StartGatewayAsync();
        }

        return scenario;
    }

    /// <param name="extraSettings">Settings added to the usual ones (e.g. telemetry).</param>
    public async Task StartGatewayAsync(IDictionary<string, string?>? extraSettings = null)
    {
        var settings = GatewayUnderTest.Settings(Core.Address, LineModem.DevicePath, SpoolDirectory);
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Gateway = await GatewayUnderTest.StartAsync(settings);
    }

    public async Task StopGatewayAsync()
    {
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
            Gateway = null;
        }
    }

    public Task WaitForIdleLineAsync(int fromSession = 0) =>
        Core.WaitForAsync(message => message.LineState is { Status: LineStatus.Idle }, fromSession);

    /// <summary>Puts the first <paramref name="pageCount"/> pages of <see cref="Document"/> on the core and assigns them.</summary>
    public async Task<AssignJob> AssignAsync(string jobId, int firstPage, int pageCount, string lineId = GatewayUnderTest.LineName)
    {
        using var tiff = new MemoryStream();
        FaxTiffWriter.Write(tiff, Document.Take(pageCount).ToList());
        var document = tiff.ToArray();
        Core.Documents[jobId] = document;
        var job = new AssignJob
        {
            JobId = jobId,
            LeaseId = "lease-" + jobId,
            LineId = lineId,
            Number = FarEndE164,
            FirstPage = firstPage,
            PageCount = pageCount,
            Resolution = Api.Grpc.Gateway.V1.Resolution.Standard,
            LocalId = "+44 20 7946 0009",
            DocumentBytes = document.Length,
            DocumentSha256 = Convert.ToHexStringLower(SHA256.HashData(document)),
        };
        await Core.AssignAsync(job);
        return job;
    }

    public Task<FaxCallResult> FarEndReceivesAsync() =>
        FarEnd.Driver.ReceiveAsync(new FaxReceiveRequest(1, TimeSpan.FromSeconds(30)), null, CancellationToken.None);

    public Task<FaxCallResult> FarEndSendsAsync(IReadOnlyList<FaxPage> pages) =>
        FarEnd.Driver.SendAsync(new FaxSendRequest(GatewayLineNumber, pages), null, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await StopGatewayAsync();
        await FarEnd.DisposeAsync();
        await LineModem.DisposeAsync();
        await Core.DisposeAsync();
        try
        {
            Directory.Delete(SpoolDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
