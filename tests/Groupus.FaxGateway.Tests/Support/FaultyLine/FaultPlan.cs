namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>The faults a <see cref="FaultInjectingPtyBridge"/> injects, each tied to a command the driver sends.</summary>
internal sealed record FaultPlan(IReadOnlyList<LineFault> Faults)
{
    public static FaultPlan Of(params LineFault[] faults) => new(faults);

    public IReadOnlyList<T> For<T>(DteCommand command)
        where T : LineFault =>
        Faults.OfType<T>().Where(f => f.When.Matches(command)).ToList();
}
