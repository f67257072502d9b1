namespace Groupus.Fax.T38.Tests.Peers;

/// <summary>
/// The spandsp calls run one at a time, and alone (no other test of the assembly beside them): unpaced, each sends
/// hundreds of datagrams a second, and a call sharing two cores with another call or with tshark can outrun a socket buffer.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SpandspPeerCollection
{
    public const string Name = "spandsp peer";
}
