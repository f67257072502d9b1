using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.GetErasureCertificate;

public sealed class GetErasureCertificateHandler(IDataSubjectRequests requests, IPrivacyAudit audit) : IQueryHandler<GetErasureCertificateQuery, Result<ErasureCertificate>>
{
    public async ValueTask<Result<ErasureCertificate>> Handle(GetErasureCertificateQuery query, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(query.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        if (await requests.CertificateOfAsync(request.Id, cancellationToken) is not { } certificate)
        {
            // The certificate names the completion's audit row, so it is issued just after the completion commits.
            return request is { Type: DataSubjectRequestType.Erasure, Status: DataSubjectRequestStatus.Completed }
                ? Error.NotYet("ERASURE_CERTIFICATE_BEING_ISSUED", "The erasure has completed and its certificate is being issued: try again in a moment (should it still be missing, running the request again issues it).")
                : Error.BusinessRule("NO_ERASURE_CERTIFICATE", "Only a completed erasure request has a certificate.");
        }

        await audit.AppendAsync(
            PrivacyAuditActions.CertificateRead,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString() },
            cancellationToken);
        return certificate;
    }
}
