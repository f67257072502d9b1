using Groupus.Application.Common.Security;

namespace Groupus.Application.Privacy.Audit;

/// <summary>Names the caller in the audit log by kind and id, never by name.</summary>
public static class PrivacyActor
{
    public static string Of(ICurrentUser caller) => caller.Kind switch
    {
        PrincipalKind.System => "system",
        PrincipalKind.None => "anonymous",
        _ => $"{caller.Kind.ToString().ToLowerInvariant()}:{caller.PrincipalId}",
    };
}
