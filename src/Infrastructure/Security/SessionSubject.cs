namespace Groupus.Infrastructure.Security;

/// <summary>What a token's validity depends on: the principal, and for a customer's user also their organisation.</summary>
public enum SessionSubject
{
    Staff = 1,
    CustomerUser = 2,
    Organisation = 3,
    Gateway = 4,
}
