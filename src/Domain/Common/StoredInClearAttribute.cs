namespace Groupus.Domain.Common;

/// <summary>
/// On a record about a person (<see cref="IHasDataSubject"/>), a personal text field that is deliberately not encrypted
/// under the person's key, and why: it is someone else's data (a host's name), or the database must compare it (a
/// unique badge, a keyed hash), or it is a fixed code.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class StoredInClearAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
