namespace Groupus.Sdp;

/// <summary>Bounds on what the parser reads, so a hostile body costs little. Real offers are far below them.</summary>
public static class SdpLimits
{
    public const int MaximumCharacters = 16 * 1024;

    public const int MaximumLines = 256;

    public const int MaximumMediaDescriptions = 16;

    public const int MaximumFormatsPerMedia = 64;
}
