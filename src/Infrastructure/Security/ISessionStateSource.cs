namespace Groupus.Infrastructure.Security;

/// <summary>Reads a subject's session state from where it is kept; null when the subject does not exist.</summary>
public interface ISessionStateSource
{
    Task<SessionState?> ReadAsync(SessionSubject subject, Guid id, CancellationToken cancellationToken);
}
