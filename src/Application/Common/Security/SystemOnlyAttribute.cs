namespace Groupus.Application.Common.Security;

/// <summary>Only background work inside the server.</summary>
public sealed class SystemOnlyAttribute : AccessPolicyAttribute;
