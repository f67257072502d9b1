namespace Groupus.Domain.Fax;

/// <summary>What a gateway says about a fax it received.</summary>
public sealed record ReceivedFaxArrival(
    Guid GatewayId,
    string LineId,
    string IdempotencyKey,
    string? CalledNumber,
    string? RemoteId,
    int PageCount,
    DateTime ReceivedAtUtc,
    TimeSpan CallTime,
    int BitRate,
    bool Ecm,
    long SizeBytes,
    string Sha256);
