namespace Groupus.Sdp;

/// <summary>A refused SDP: the kind, the 1-based line (0 when not about one line) and a short description.</summary>
public sealed record SdpError(SdpErrorKind Kind, int Line, string Detail);
