namespace Groupus.Sdp;

/// <summary>A <c>c=</c> line.</summary>
public sealed record SdpConnection(string NetworkType, string AddressType, string Address)
{
    public static SdpConnection Ipv4(string address) => new("IN", "IP4", address);

    public override string ToString() => $"{NetworkType} {AddressType} {Address}";
}
