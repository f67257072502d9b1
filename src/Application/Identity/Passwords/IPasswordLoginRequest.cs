namespace Groupus.Application.Identity.Passwords;

/// <summary>What every password login carries: staff and customer logins alike.</summary>
public interface IPasswordLoginRequest
{
    string Username { get; }

    string Password { get; }

    /// <summary>Completes a required password change in the same call.</summary>
    string? NewPassword { get; }
}
