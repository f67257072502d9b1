namespace Groupus.Application.Common.Security;

/// <summary>No credential needed (signing in).</summary>
public sealed class AnonymousAttribute : AccessPolicyAttribute;
