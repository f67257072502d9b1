namespace Groupus.Application.Common.Security;

/// <summary>Only an authenticated fax gateway.</summary>
public sealed class GatewayOnlyAttribute : AccessPolicyAttribute;
