namespace Groupus.Application.Identity;

/// <summary>Where a one-time password set by the server (first-run admin) is handed to the operator, and removed once used.</summary>
public interface IInitialPasswordStore
{
    Task<string> WriteAsync(string username, string password, CancellationToken cancellationToken);

    void Remove(string username);
}
