using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>
/// Where a run of a request starts: the request as planned, the steps still to run in their order, and whether it was
/// already finished (completed or referred) before this run, with an erasure certificate still to issue.
/// </summary>
public sealed record RequestRun(RequestView View, IReadOnlyList<PendingStep> PendingSteps, bool AlreadyFinished, bool CertificateMissing)
{
    public bool IsErasure => View.Request.Type == DataSubjectRequestType.Erasure;
}
