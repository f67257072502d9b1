namespace Groupus.Fax.T38;

/// <summary>A refused packet: the kind of fault and a short description (no packet contents).</summary>
public sealed record T38DecodeError(T38DecodeErrorKind Kind, string Detail);
