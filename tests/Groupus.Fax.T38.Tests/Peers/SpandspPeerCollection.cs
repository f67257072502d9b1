namespace Groupus.Fax.T38.Tests.Peers;

/// <summary>
/// The spandsp calls run one at a time: unpaced, each sends hundreds of datagrams a second, and two at once on a loaded
/// machine can outrun a socket buffer.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SpandspPeerCollection
{
    public const string Name = "spandsp peer";
}
