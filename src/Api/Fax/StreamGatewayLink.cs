using System.Threading.Channels;
using Groupus.Api.Grpc.Gateway.V1;
using Groupus.Application.Fax.Gateway.Links;

namespace Groupus.Api.Fax;

/// <summary>One gateway's Connect stream as the session sees it: messages queue here and one writer sends them in order.</summary>
internal sealed class StreamGatewayLink : IFaxGatewayLink
{
    private readonly Channel<CoreMessage> _outbox = Channel.CreateUnbounded<CoreMessage>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<CoreMessage> Outgoing => _outbox.Reader;

    public bool TrySend(FaxLinkMessage message) => _outbox.Writer.TryWrite(message switch
    {
        FaxGatewayRegistered registered => new CoreMessage
        {
            Registered = GatewayLinkMapping.ToRegistered(registered.GatewayId, registered.LeaseDuration, registered.HeartbeatInterval),
        },
        AssignFaxJob assign => new CoreMessage { AssignJob = assign.Assignment.ToProto() },
        CancelFaxJobOnLine cancel => new CoreMessage { CancelJob = new CancelJob { JobId = cancel.JobId.ToString(), LeaseId = cancel.LeaseId.ToString() } },
        FaxLeaseLost lost => new CoreMessage { LeaseLost = new LeaseLost { JobId = lost.JobId.ToString(), LeaseId = lost.LeaseId.ToString() } },
        _ => throw new ArgumentOutOfRangeException(nameof(message)),
    });

    public void Close() => _outbox.Writer.TryComplete();
}
