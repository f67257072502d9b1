namespace Groupus.Application.Common.Security;

/// <summary>Any signed-in person: staff or a customer's user (not a gateway).</summary>
public sealed class SignedInAttribute : AccessPolicyAttribute;
