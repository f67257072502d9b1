namespace Groupus.Sdp;

/// <summary>An <c>m=</c> section: media, port (0 = refused or unused), transport protocol, formats, its own c= and a= lines.</summary>
public sealed record MediaDescription(
    string Media,
    int Port,
    string Protocol,
    IReadOnlyList<string> Formats,
    SdpConnection? Connection,
    IReadOnlyList<SdpAttribute> Attributes)
{
    public bool IsAudio => Media.Equals("audio", StringComparison.OrdinalIgnoreCase) && Protocol.Equals("RTP/AVP", StringComparison.OrdinalIgnoreCase);

    public bool IsT38 =>
        Media.Equals("image", StringComparison.OrdinalIgnoreCase) && Protocol.Equals("udptl", StringComparison.OrdinalIgnoreCase)
        && Formats.Any(format => format.Equals("t38", StringComparison.OrdinalIgnoreCase));

    /// <summary>The attributes with this name, compared without regard to case.</summary>
    public IEnumerable<SdpAttribute> AttributesNamed(string name) =>
        Attributes.Where(attribute => attribute.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
