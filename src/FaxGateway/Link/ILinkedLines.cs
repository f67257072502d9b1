using Groupus.Api.Grpc.Gateway.V1;

namespace Groupus.FaxGateway.Link;

/// <summary>The gateway's lines as the core link sees them: what to register, and where the core's orders go.</summary>
internal interface ILinkedLines
{
    IReadOnlyList<GatewayLine> Describe();

    /// <summary>Jobs running on a line now.</summary>
    IReadOnlyList<JobLease> RunningJobs();

    IReadOnlyList<LineState> CurrentStates();

    void Assign(AssignJob job);

    void Cancel(CancelJob cancel);

    void LeaseLost(LeaseLost lost);
}
