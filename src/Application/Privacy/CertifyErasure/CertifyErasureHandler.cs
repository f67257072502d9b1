using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.CertifyErasure;

/// <summary>
/// The certificate names the completion's audit row (its sequence and hash), so it is issued once that row is written,
/// after the completion committed; the request then forgets the identifiers and notes it held about the person.
/// </summary>
public sealed class CertifyErasureHandler(IDataSubjectRequests requests, ISubjectKeyVault keys, IPrivacyAuditTrail trail, TimeProvider clock)
    : ICommandHandler<CertifyErasureCommand, Result>
{
    public async ValueTask<Result> Handle(CertifyErasureCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (request is not { Type: DataSubjectRequestType.Erasure, Status: DataSubjectRequestStatus.Completed }
            || await requests.CertificateOfAsync(request.Id, cancellationToken) is not null)
        {
            return Result.Success();
        }

        var closing = await trail.FindLatestAsync(PrivacyAuditActions.RequestCompleted, request.Id.ToString(), cancellationToken);
        var destroyed = true;
        foreach (var subjectId in request.SubjectIds)
        {
            destroyed &= await keys.StateOfAsync(subjectId, cancellationToken) == SubjectKeyState.Erased;
        }

        requests.AddCertificate(ErasureCertificate.Issue(
            request.Id,
            request.SubjectId,
            request.CompletedAtUtc ?? clock.GetUtcNow().UtcDateTime,
            ErasureCertificateLines.Of(request),
            destroyed,
            closing?.Sequence ?? 0,
            closing?.Hash ?? ""));
        request.ForgetPersonalDetails();
        return Result.Success();
    }
}
