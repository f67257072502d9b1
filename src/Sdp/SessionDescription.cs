namespace Groupus.Sdp;

/// <summary>A parsed SDP body (RFC 4566). Lines this library does not model (i=, u=, e=, p=, b=, z=, k=, r=) are not kept.</summary>
public sealed record SessionDescription(
    SdpOrigin Origin,
    string SessionName,
    SdpConnection? Connection,
    string Timing,
    IReadOnlyList<SdpAttribute> Attributes,
    IReadOnlyList<MediaDescription> Media)
{
    /// <summary>The connection address of a media section: its own c= line, else the session's.</summary>
    public SdpConnection? ConnectionOf(MediaDescription media) => media.Connection ?? Connection;
}
