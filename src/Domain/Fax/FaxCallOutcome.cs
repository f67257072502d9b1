namespace Groupus.Domain.Fax;

/// <summary>How one try (one call) ended.</summary>
public enum FaxCallOutcome
{
    Success = 1,

    /// <summary>Some pages were confirmed, then the call failed.</summary>
    Partial = 2,
    Busy = 3,
    NoAnswer = 4,
    NoCarrier = 5,
    NoDialTone = 6,
    ProtocolFailure = 7,
    Cancelled = 8,

    /// <summary>The gateway stopped reporting and its lease lapsed.</summary>
    GatewayLost = 9,

    /// <summary>The gateway could not use its line or the document.</summary>
    LocalFailure = 10,
}
