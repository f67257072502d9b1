namespace Groupus.Application.Identity;

public enum PasswordCheck
{
    Failed,
    Succeeded,
    /// <summary>Correct, but hashed with older parameters: store a fresh hash.</summary>
    SucceededRehashNeeded,
}
