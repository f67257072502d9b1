namespace Groupus.Application.Common.Security;

/// <summary>Who is asking: a member of staff, the system itself (background work), or nobody.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Background work inside the server; allowed everything a use case permits to the system.</summary>
    bool IsSystem { get; }

    Guid? StaffId { get; }

    IReadOnlyCollection<string> Roles { get; }

    /// <summary>Why a presented credential was refused (expired, malformed, bad signature), when one was presented.</summary>
    string? AuthenticationFailure { get; }
}
