using System.Threading.Channels;
using Google.Protobuf;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Fax.Service;

/// <summary>
/// A gateway played by the test through a real gRPC client: its own machine credential, one Connect stream, and the
/// core's messages collected as they arrive.
/// </summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly Channel<CoreMessage> _received = Channel.CreateUnbounded<CoreMessage>();
    private readonly CancellationTokenSource _stop = new();
    private AsyncDuplexStreamingCall<GatewayMessage, CoreMessage>? _call;
    private Task? _reader;

    private FakeGateway(GatewayLinkService.GatewayLinkServiceClient client, Metadata headers, string gatewayId)
    {
        Client = client;
        Headers = headers;
        GatewayId = gatewayId;
    }

    public GatewayLinkService.GatewayLinkServiceClient Client { get; }

    public Metadata Headers { get; }

    public string GatewayId { get; }

    public Registered? Registered { get; private set; }

    public static async Task<FakeGateway> SignInAsync(TestServer server, StaffSession admin, string name)
    {
        var issued = await new GatewayCredentialService.GatewayCredentialServiceClient(server.Channel)
            .IssueGatewayCredentialAsync(new IssueGatewayCredentialRequest { Name = name }, admin.Headers);
        var token = await new AuthService.AuthServiceClient(server.Channel)
            .AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = issued.Credential.Id, Secret = issued.Secret });
        return new FakeGateway(
            new GatewayLinkService.GatewayLinkServiceClient(server.Channel),
            new Metadata { { "authorization", $"Bearer {token.AccessToken}" } },
            issued.Credential.Id);
    }

    /// <summary>A gateway whose credential was issued earlier, signing in to the node behind <paramref name="channel"/>.</summary>
    public static async Task<FakeGateway> SignInAsync(Grpc.Net.Client.GrpcChannel channel, string gatewayId, string secret)
    {
        var token = await new AuthService.AuthServiceClient(channel)
            .AuthenticateGatewayAsync(new AuthenticateGatewayRequest { GatewayId = gatewayId, Secret = secret });
        return new FakeGateway(
            new GatewayLinkService.GatewayLinkServiceClient(channel),
            new Metadata { { "authorization", $"Bearer {token.AccessToken}" } },
            gatewayId);
    }

    public static async Task<FakeGateway> ConnectAsync(TestServer server, StaffSession admin, string name, params GatewayLine[] lines)
    {
        var gateway = await SignInAsync(server, admin, name);
        await gateway.ConnectAsync(lines, []);
        return gateway;
    }

    /// <summary>The same gateway (same credential) on a new link, as after a restart.</summary>
    public FakeGateway Reopen() => new(Client, Headers, GatewayId);

    public static GatewayLine Line(string id, string number = "") =>
        new() { LineId = id, Number = number, CanSend = true, CanReceive = true, FaxClass = "1", MaxBitRate = 14400, Ecm = true };

    public async Task ConnectAsync(IEnumerable<GatewayLine> lines, IEnumerable<ActiveJob> activeJobs)
    {
        _call = Client.Connect(Headers, cancellationToken: _stop.Token);
        var register = new Register { Version = "test" };
        register.Lines.AddRange(lines);
        register.ActiveJobs.AddRange(activeJobs);
        await _call.RequestStream.WriteAsync(new GatewayMessage { Register = register });
        Assert.True(await _call.ResponseStream.MoveNext(_stop.Token));
        Registered = _call.ResponseStream.Current.Registered ?? throw new InvalidOperationException("The core did not answer Register with Registered.");
        var responses = _call.ResponseStream;
        _reader = Task.Run(async () =>
        {
            try
            {
                while (await responses.MoveNext(_stop.Token))
                {
                    await _received.Writer.WriteAsync(responses.Current);
                }
            }
            catch (RpcException)
            {
            }
            catch (OperationCanceledException)
            {
            }
        });
    }

    public Task SendAsync(GatewayMessage message) => _call!.RequestStream.WriteAsync(message);

    public Task IdleAsync(string lineId) => SendAsync(new GatewayMessage { LineState = new LineState { LineId = lineId, Status = LineStatus.Idle } });

    public Task ProgressAsync(AssignJob job, CallPhase phase, int page, PageResult? result = null) =>
        SendAsync(new GatewayMessage { JobProgress = new JobProgress { JobId = job.JobId, LeaseId = job.LeaseId, Phase = phase, PageNumber = page, Page = result, RemoteId = "+44 20 7946 0999" } });

    public Task FinishAsync(AssignJob job, CallOutcome outcome, params PageResult[] pages)
    {
        var finished = new JobFinished { JobId = job.JobId, LeaseId = job.LeaseId, Outcome = outcome, CallTime = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(20)) };
        if (outcome != CallOutcome.Success)
        {
            finished.ErrorCode = "RemoteDisconnectPhaseD";
            finished.Detail = "The remote hung up after a page.";
        }

        finished.Pages.AddRange(pages);
        return SendAsync(new GatewayMessage { JobFinished = finished });
    }

    public static PageResult Confirmed(int page) => new() { PageNumber = page, Confirmed = true, Verdict = "MCF", BitRate = 14400, Ecm = true };

    /// <summary>The next message of the given kind, skipping others; null if none comes in time.</summary>
    public async Task<CoreMessage?> NextAsync(CoreMessage.MessageOneofCase kind, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var message = await _received.Reader.ReadAsync(timeout.Token);
                if (message.MessageCase == kind)
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Every message up to and including the next one of the given kind, in the order the core sent them.</summary>
    public async Task<IReadOnlyList<CoreMessage>> UntilAsync(CoreMessage.MessageOneofCase kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var read = new List<CoreMessage>();
        do
        {
            read.Add(await _received.Reader.ReadAsync(timeout.Token));
        }
        while (read[^1].MessageCase != kind);
        return read;
    }

    public async Task<AssignJob> NextAssignmentAsync() =>
        (await NextAsync(CoreMessage.MessageOneofCase.AssignJob))?.AssignJob ?? throw new TimeoutException("No job was assigned.");

    public async Task<byte[]> FetchDocumentAsync(AssignJob job)
    {
        using var call = Client.FetchJobDocument(new FetchJobDocumentRequest { JobId = job.JobId, LeaseId = job.LeaseId }, Headers);
        using var document = new MemoryStream();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            call.ResponseStream.Current.Data.WriteTo(document);
        }

        return document.ToArray();
    }

    public async Task<ReceivedFaxReceipt> UploadAsync(ReceivedFaxHeader header, byte[] tiff)
    {
        using var call = Client.UploadReceivedFax(Headers);
        await call.RequestStream.WriteAsync(new ReceivedFaxUpload { Header = header });
        for (var offset = 0; offset < tiff.Length; offset += 7000)
        {
            await call.RequestStream.WriteAsync(new ReceivedFaxUpload { Chunk = ByteString.CopyFrom(tiff, offset, Math.Min(7000, tiff.Length - offset)) });
        }

        await call.RequestStream.CompleteAsync();
        return await call;
    }

    /// <summary>The link breaks as if the gateway's process died.</summary>
    public async Task DropAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            await _reader;
        }

        _call?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        _stop.Dispose();
    }
}
