using Groupus.Domain.Common;

namespace Groupus.Domain.Identity;

/// <summary>
/// The security audit of one sign-in attempt: when, which account (never the username typed, which may be a
/// mistyped password, and never a password), and the outcome.
/// </summary>
public sealed class SignInEvent : Entity
{
    private SignInEvent()
    {
    }

    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>staff or customer.</summary>
    [NotPersonalData("staff or customer")]
    public string AccountKind { get; private set; } = "";

    /// <summary>Null when no account has the username that was typed.</summary>
    public Guid? AccountId { get; private set; }

    public SignInOutcome Outcome { get; private set; }

    public static SignInEvent Record(DateTime nowUtc, string accountKind, Guid? accountId, SignInOutcome outcome) => new()
    {
        Id = Guid.CreateVersion7(),
        OccurredAtUtc = nowUtc,
        AccountKind = accountKind,
        AccountId = accountId,
        Outcome = outcome,
    };
}
