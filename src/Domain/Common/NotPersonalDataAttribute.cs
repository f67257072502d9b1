namespace Groupus.Domain.Common;

/// <summary>Declares that a text or binary property cannot hold personal data, and says why (an id, a code, a hash).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class NotPersonalDataAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
