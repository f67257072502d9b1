namespace Groupus.EndToEndTests.Support;

/// <summary>
/// Every end-to-end test uses the one iaxmodem pair (/dev/ttyIAXa, /dev/ttyIAXb) and real time: one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "End to end (core, gateway, iaxmodem, efax)";
}
