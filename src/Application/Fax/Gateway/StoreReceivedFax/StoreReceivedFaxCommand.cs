using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.Gateway.StoreReceivedFax;

/// <summary>
/// A gateway uploads a fax it received on one of its lines. The same idempotency key again returns the first
/// upload's fax and stores nothing new. Without a reception time, the time it is stored.
/// </summary>
[GatewayOnly]
public sealed record StoreReceivedFaxCommand(
    string IdempotencyKey,
    string LineId,
    string? CalledNumber,
    string? RemoteId,
    int PageCount,
    DateTime? ReceivedAtUtc,
    TimeSpan CallTime,
    int BitRate,
    bool Ecm,
    long SizeBytes,
    string Sha256,
    ReadOnlyMemory<byte> Tiff) : ICommand<Result<ReceivedFaxReceipt>>
{
    public const int MaxKeyLength = 100;
}
