namespace Groupus.Domain.Fax;

/// <summary>
/// When to try again after a call that did not deliver every page, as fax servers do it: a busy line after 3 minutes,
/// no answer or no carrier after 5, a protocol error after 1; a job fails when it has used its dials (every call
/// placed) or its tries (calls a fax answered).
/// </summary>
public sealed record FaxRetryPolicy
{
    public TimeSpan Busy { get; init; } = TimeSpan.FromMinutes(3);

    public TimeSpan NoAnswer { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ProtocolError { get; init; } = TimeSpan.FromMinutes(1);

    public int MaxDials { get; init; } = 12;

    public int MaxTries { get; init; } = 3;

    public static FaxRetryPolicy Default { get; } = new();

    /// <summary>How long to wait before the next try; null when the job must not be tried again.</summary>
    public TimeSpan? DelayAfter(FaxCallOutcome outcome, int dials, int tries)
    {
        if (dials >= MaxDials || tries >= MaxTries)
        {
            return null;
        }

        return outcome switch
        {
            FaxCallOutcome.Busy => Busy,
            FaxCallOutcome.NoAnswer or FaxCallOutcome.NoCarrier or FaxCallOutcome.NoDialTone => NoAnswer,
            FaxCallOutcome.Partial or FaxCallOutcome.ProtocolFailure or FaxCallOutcome.LocalFailure => ProtocolError,
            FaxCallOutcome.GatewayLost => TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>A call a fax answered counts as a try; a busy line or no answer only as a dial.</summary>
    public static bool CountsAsTry(FaxCallOutcome outcome) =>
        outcome is FaxCallOutcome.Success or FaxCallOutcome.Partial or FaxCallOutcome.ProtocolFailure;

    /// <summary>A lost gateway or a line that could not be used never reached the number.</summary>
    public static bool CountsAsDial(FaxCallOutcome outcome) =>
        outcome is not (FaxCallOutcome.GatewayLost or FaxCallOutcome.LocalFailure or FaxCallOutcome.Cancelled);
}
