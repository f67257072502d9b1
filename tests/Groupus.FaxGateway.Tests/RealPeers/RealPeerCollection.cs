namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>Tests that use the iaxmodem pair: /dev/ttyIAXa and /dev/ttyIAXb exist once, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealPeerCollection
{
    public const string Name = "Real fax peers (iaxmodem)";
}
