namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>The modem's answer to the command (CONNECT, data, result) reaches the driver <paramref name="Delay"/> late.</summary>
internal sealed record DelayedAnswer(FaultTrigger When, TimeSpan Delay) : LineFault(When);
