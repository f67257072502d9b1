namespace Groupus.Application.Common.Security;

/// <summary>Any signed-in member of staff.</summary>
public sealed class AnyStaffAttribute : AccessPolicyAttribute;
