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
            return Error.BusinessRule("NO_ERASURE_CERTIFICATE", "Only a completed erasure request has a certificate.");
        }

        await audit.AppendAsync(
            PrivacyAuditActions.CertificateRead,
            request.SubjectId.ToString(),
            new Dictionary<string, string> { ["request"] = request.Id.ToString() },
            cancellationToken);
        return certificate;
    }
}
