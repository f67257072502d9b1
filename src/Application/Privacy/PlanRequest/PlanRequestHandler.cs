using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Holds;
using Groupus.Application.Privacy.Requests;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Contracts.Communications;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.PlanRequest;

/// <summary>The plan is written once (per module the action the type needs, a referral per organisation whose data we only process) with the notices to those organisations.</summary>
public sealed class PlanRequestHandler(
    IDataSubjectRequests requests,
    ILegalHolds holds,
    IEnumerable<IPersonalDataProvider> providers,
    IContactMessages messages,
    AuditAfterCommit audit,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<PlanRequestCommand, Result<RequestRun>>
{
    public async ValueTask<Result<RequestRun>> Handle(PlanRequestCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (request.Status is DataSubjectRequestStatus.Completed or DataSubjectRequestStatus.Referred)
        {
            var certificateMissing = request is { Type: DataSubjectRequestType.Erasure, Status: DataSubjectRequestStatus.Completed }
                && await requests.CertificateOfAsync(request.Id, cancellationToken) is null;
            return new RequestRun(await RequestView.LoadAsync(request, requests, clock, cancellationToken), [], true, certificateMissing);
        }

        var activeHolds = 0;
        foreach (var subjectId in request.SubjectIds)
        {
            activeHolds += await holds.CountActiveAsync(subjectId, cancellationToken);
        }

        request.CheckCanRun(activeHolds);
        if (!request.IsPlanned)
        {
            await PlanAsync(request, cancellationToken);
        }

        IReadOnlyList<PendingStep> pending = [.. request.Steps.Where(s => !s.IsDone).OrderBy(s => s.Order).Select(s => new PendingStep(s.Id, s.Action))];
        return new RequestRun(await RequestView.LoadAsync(request, requests, clock, cancellationToken), pending, false, false);
    }

    private async Task PlanAsync(DataSubjectRequest request, CancellationToken cancellationToken)
    {
        var holdings = new List<PersonalDataHolding>();
        foreach (var provider in providers)
        {
            foreach (var subject in RequestSubjects.Of(request))
            {
                holdings.AddRange(await provider.FindAsync(subject, cancellationToken));
            }
        }

        var referrals = RequestPlanner.Referrals(holdings);
        var modules = providers.Select(p => p.Module).Distinct().Order(StringComparer.Ordinal).ToList();
        request.Plan(RequestPlanner.Steps(request.Type, modules), referrals, clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller));
        Audit(PrivacyAuditActions.RequestPlanned, request, ("steps", request.Steps.Count.ToString(CultureInfo.InvariantCulture)), ("referrals", referrals.Count.ToString(CultureInfo.InvariantCulture)));
        foreach (var referral in request.Referrals)
        {
            await messages.NotifyOrganisationAsync(
                referral.OrganisationId,
                "A data-subject request about data you control",
                $"We received a {request.Type.ToString().ToLowerInvariant()} request (reference {request.Id}) from a person whose data we process on your behalf "
                + $"({referral.RecordCount} record(s): {referral.RecordType}). As the controller of this data, please answer it and tell us the outcome.",
                cancellationToken);
            Audit(PrivacyAuditActions.RequestReferred, request, ("organisation", referral.OrganisationId.ToString()), ("records", referral.RecordCount.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private void Audit(string action, DataSubjectRequest request, params (string Key, string Value)[] details) =>
        audit.Record(action, request.SubjectId.ToString(), RequestAuditDetails.Of(request, details));
}
