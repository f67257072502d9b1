using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Audit;
using Groupus.Domain.Privacy;
using Mediator;

namespace Groupus.Application.Privacy.VerifyAuditLog;

public sealed class VerifyAuditLogHandler(IPrivacyAuditTrail trail) : IQueryHandler<VerifyAuditLogQuery, Result<AuditChainVerification>>
{
    public async ValueTask<Result<AuditChainVerification>> Handle(VerifyAuditLogQuery query, CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier();
        await foreach (var entry in trail.ReadInSequenceOrderAsync(cancellationToken))
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result();
    }
}
