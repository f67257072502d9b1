namespace Groupus.Domain.Privacy.Requests;

/// <summary>An identifier the request named the subject by (kind as the contract spells it, value normalised). Personal data.</summary>
public sealed record NamedIdentifier(string Kind, string Value);
