namespace Groupus.Application.Common.Security;

/// <summary>
/// Every command and query declares who may send it, with exactly one subclass of this attribute;
/// the authorisation behaviour enforces it and an architecture test proves none is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class AccessPolicyAttribute : Attribute;
