using System.Diagnostics;
using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.TestSupport.FaxPeers;
using Groupus.TestSupport.Processes;
using Xunit.Abstractions;

namespace Groupus.EndToEndTests.Support;

/// <summary>
/// Everything an end-to-end fax test runs: the iaxmodem pair, the core as a process with a customer organisation
/// that owns <see cref="FaxNumber"/> and a signed-in user, and the gateway processes and efax peers the test starts.
/// On dispose every process is stopped by its id and every log is written to the test's output.
/// </summary>
internal sealed class FaxLab : IAsyncDisposable
{
    /// <summary>The organisation's fax number: the gateway's line on /dev/ttyIAXa answers it.</summary>
    public const string FaxNumber = "020 7946 0500";

    public const string FaxNumberE164 = "+442079460500";

    private readonly ITestOutputHelper _output;
    private readonly ScratchDirectory _scratch;
    private readonly IaxModemPair _modems;
    private readonly List<GatewayProcess> _gateways = [];
    private readonly List<(string Name, PeerProcess Process)> _peers = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private FaxLab(ITestOutputHelper output, ScratchDirectory scratch, IaxModemPair modems, CoreProcess core)
    {
        _output = output;
        _scratch = scratch;
        _modems = modems;
        Core = core;
    }

    public CoreProcess Core { get; }

    public Session Admin { get; private set; } = null!;

    public Session Customer { get; private set; } = null!;

    public FaxService.FaxServiceClient Fax => new(Core.Channel);

    public string Directory => _scratch.Path;

    public static async Task<FaxLab> StartAsync(ITestOutputHelper output)
    {
        var scratch = new ScratchDirectory();
        IaxModemPair? modems = null;
        CoreProcess? core = null;
        try
        {
            modems = await ModemPairLease.StartAsync(output.WriteLine);
            core = await CoreProcess.StartAsync(
                Path.Combine(scratch.Path, "core-data"),
                "core",
                scratch.Path,
                ["Fax:LeaseDuration=00:00:08", "Fax:HeartbeatInterval=00:00:02", "Fax:ProtocolErrorRetry=00:00:00"]);
            var lab = new FaxLab(output, scratch, modems, core);
            try
            {
                await lab.SetUpCustomerAsync();
                return lab;
            }
            catch
            {
                await lab.DisposeAsync();
                throw;
            }
        }
        catch when (core is null)
        {
            modems?.Dispose();
            scratch.Dispose();
            throw;
        }
    }

    public async Task<GatewayCredentialIssued> IssueGatewayCredentialAsync(string name)
    {
        var issued = await new GatewayCredentialService.GatewayCredentialServiceClient(Core.Channel)
            .IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = name }, Admin.Headers);
        return new GatewayCredentialIssued(issued.Credential.Id, issued.Secret);
    }

    public async Task AssignFaxNumberAsync(string number) =>
        await new NumberService.NumberServiceClient(Core.Channel).AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = Customer.OrganisationId, Number = number, Purpose = NumberPurpose.Fax }, Admin.Headers);

    /// <summary>Starts a gateway process with one Class 1 line on <paramref name="device"/> and waits until that line listens.</summary>
    public async Task<GatewayProcess> StartGatewayAsync(string name, GatewayCredentialIssued credential, string device = IaxModemPair.DeviceA, string lineName = "line-a", string number = FaxNumber)
    {
        var gateway = GatewayProcess.Start(name, Path.Combine(_scratch.Path, name), Core.Address, credential, device, lineName, number);
        _gateways.Add(gateway);
        Note($"started {name} (process {gateway.Process.Id})");
        await gateway.WaitUntilReadyAsync();
        Note($"{name} is linked and its line listens");
        return gateway;
    }

    /// <summary>efax answering on /dev/ttyIAXb, writing pages to <paramref name="prefix"/>.001, .002 … in the lab's directory; returns once it waits for a call.</summary>
    public async Task<PeerProcess> EfaxReceiveAsync(string prefix)
    {
        var efax = EfaxPeer.Receive(IaxModemPair.DeviceB, Path.Combine(_scratch.Path, prefix), _scratch.Path);
        _peers.Add(($"efax receiving as {prefix}", efax));
        await Until(() => efax.Output.Contains("waiting for activity", StringComparison.Ordinal) || efax.HasExited, TimeSpan.FromSeconds(20));
        Assert.True(efax.Output.Contains("waiting for activity", StringComparison.Ordinal), "efax did not get ready to answer");
        Note($"efax ({prefix}) waits for a call");
        return efax;
    }

    /// <summary>efax dialling from /dev/ttyIAXb (which rings /dev/ttyIAXa) and sending the files.</summary>
    public PeerProcess EfaxSend(IReadOnlyList<string> files)
    {
        var efax = EfaxPeer.Send(IaxModemPair.DeviceB, _scratch.Path, [.. files]);
        _peers.Add(("efax sending", efax));
        Note("efax dials");
        return efax;
    }

    public async Task<FaxJob> SubmitPdfAsync(byte[] pdf, string to = "020 7946 0123")
    {
        var job = await Fax.SubmitFaxAsync(
            new SubmitFaxRequest { To = to, Resolution = FaxResolution.Standard, Document = ByteString.CopyFrom(pdf) },
            Customer.Headers);
        Note($"submitted job {job.JobId} ({job.PageCount} page(s))");
        return job;
    }

    /// <summary>Polls the job as its customer until <paramref name="done"/> holds; fails naming the last state seen.</summary>
    public async Task<FaxJob> WaitForJobAsync(string jobId, Func<FaxJob, bool> done, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var job = await Fax.GetFaxJobAsync(new GetFaxJobRequest { JobId = jobId }, Customer.Headers);
            if (done(job))
            {
                return job;
            }

            if (DateTime.UtcNow > until)
            {
                throw new Xunit.Sdk.XunitException($"Job {jobId} did not reach the expected state within {limit.TotalSeconds:0} s; last seen: {job}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Waits for the customer's one received fax; fails if none or more than one arrives.</summary>
    public async Task<ReceivedFax> WaitForReceivedFaxAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            var listed = await Fax.ListReceivedFaxesAsync(new ListReceivedFaxesRequest(), Customer.Headers);
            if (listed.Faxes.Count > 0 || DateTime.UtcNow > until)
            {
                return Assert.Single(listed.Faxes);
            }

            await Task.Delay(250);
        }
    }

    /// <summary>A received fax as its customer downloads it (TIFF).</summary>
    public async Task<byte[]> DownloadReceivedFaxAsync(string faxId)
    {
        using var call = Fax.DownloadReceivedFax(new DownloadReceivedFaxRequest { FaxId = faxId, Format = DocumentFormat.Tiff }, Customer.Headers);
        using var file = new MemoryStream();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            call.ResponseStream.Current.Data.WriteTo(file);
        }

        return file.ToArray();
    }

    public void Note(string message) => _output.WriteLine($"[{_clock.Elapsed.TotalSeconds,7:0.0}] {message}");

    public static async Task Until(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!condition() && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            gateway.Dispose();
        }

        foreach (var (_, peer) in _peers)
        {
            peer.Dispose();
        }

        Core.Dispose();
        _modems.Dispose();
        Note("every process stopped");
        foreach (var gateway in _gateways)
        {
            _output.WriteLine($"--- {gateway.Process.Name} (process {gateway.Process.Id}) ---\n{gateway.Output}");
        }

        foreach (var (name, peer) in _peers)
        {
            _output.WriteLine($"--- {name} ---\n{peer.Output}");
        }

        _output.WriteLine($"--- core ---\n{Core.Process.Output}");
        _output.WriteLine(_modems.Log);
        _scratch.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task SetUpCustomerAsync()
    {
        Admin = await Core.AdminAsync();
        var organisation = await new OrganisationService.OrganisationServiceClient(Core.Channel).RegisterOrganisationAsync(new RegisterOrganisationRequest
        {
            LegalName = "Alpha Widgets Ltd",
            BillingAddress = new PostalAddress { Line1 = "1 High Street", Town = "London", Postcode = "SW1A 1AA", CountryCode = "GB" },
            InstallationAddress = new PostalAddress { Line1 = "2 High Street", Town = "London", Postcode = "EC1A 1BB", CountryCode = "GB" },
        }, Admin.Headers);
        await new CustomerUserService.CustomerUserServiceClient(Core.Channel).CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            OrganisationId = organisation.Id,
            Username = "alice-alpha",
            DisplayName = "Alice",
            WorkEmail = "alice@example.co.uk",
            WorkPhone = "020 7946 0000",
            Role = "owner",
            InitialPassword = "initial password 123",
        }, Admin.Headers);
        var login = await new AuthService.AuthServiceClient(Core.Channel).LoginCustomerAsync(
            new LoginRequest { OrganisationId = organisation.Id, Username = "alice-alpha", Password = "initial password 123", NewPassword = CoreSignIn.StrongPassword });
        Customer = new Session(Core.Channel, login.AccessToken, login.OrganisationId);
        await AssignFaxNumberAsync(FaxNumber);
    }
}
