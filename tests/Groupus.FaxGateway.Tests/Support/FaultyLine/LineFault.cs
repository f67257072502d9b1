namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>One scripted fault of a <see cref="FaultPlan"/>: what happens, and <see cref="When"/>.</summary>
internal abstract record LineFault(FaultTrigger When);
