namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

internal enum EcmFrameDamage
{
    /// <summary>An octet inside the frame is zeroed: the frame arrives with a bad FCS.</summary>
    Corrupt,

    /// <summary>The frame's bits are cut out of the burst: it never arrives.</summary>
    Drop,
}
