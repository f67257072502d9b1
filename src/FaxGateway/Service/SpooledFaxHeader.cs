namespace Groupus.FaxGateway.Service;

/// <summary>What the gateway knows of a received fax, kept next to its TIFF in the spool (header.json) until uploaded.</summary>
/// <param name="IdempotencyKey">Made when the call was answered; every upload attempt of this fax carries it.</param>
/// <param name="CalledNumber">E.164 when the modem reported it; empty lets the core use the line's number.</param>
/// <param name="RemoteId">The caller's TSI (personal data: stored here and sent to the core, never logged).</param>
public sealed record SpooledFaxHeader(
    string IdempotencyKey,
    string LineId,
    string CalledNumber,
    string RemoteId,
    int PageCount,
    DateTimeOffset ReceivedAt,
    long CallTimeMilliseconds,
    int BitRate,
    bool Ecm,
    long SizeBytes = 0,
    string Sha256 = "");
