using Groupus.Domain.Fax;

namespace Groupus.Application.Fax;

/// <summary>The <c>Fax</c> configuration section: leases of the gateway link and the retry policy.</summary>
public sealed class FaxOptions
{
    public const string Section = "Fax";

    /// <summary>How long a gateway holds a job without a renewing message before the job goes back to the queue.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often a connected gateway says it is alive (renewing its leases).</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan BusyRetry { get; set; } = TimeSpan.FromMinutes(3);

    public TimeSpan NoAnswerRetry { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ProtocolErrorRetry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Calls placed per job, busy and unanswered ones included.</summary>
    public int MaxDials { get; set; } = 12;

    /// <summary>Calls a fax answered per job.</summary>
    public int MaxTries { get; set; } = 3;

    public FaxRetryPolicy RetryPolicy => new()
    {
        Busy = BusyRetry,
        NoAnswer = NoAnswerRetry,
        ProtocolError = ProtocolErrorRetry,
        MaxDials = MaxDials,
        MaxTries = MaxTries,
    };
}
