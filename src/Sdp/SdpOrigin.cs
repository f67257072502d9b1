namespace Groupus.Sdp;

/// <summary>The <c>o=</c> line. <see cref="SessionVersion"/> goes up each time the session's description changes.</summary>
public sealed record SdpOrigin(string Username, string SessionId, ulong SessionVersion, string NetworkType, string AddressType, string Address)
{
    public override string ToString() => $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";
}
