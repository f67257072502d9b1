using System.Globalization;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Privacy.Audit;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.VerifyIdentity;

/// <summary>The attempt is committed and audited whatever its outcome (the refusals keep their changes), so wrong guesses use up attempts even though the call is refused.</summary>
public sealed class VerifyIdentityHandler(IDataSubjectRequests requests, AuditAfterCommit audit, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<VerifyIdentityCommand, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(VerifyIdentityCommand command, CancellationToken cancellationToken)
    {
        if (await requests.GetAsync(Guid.Parse(command.RequestId), cancellationToken) is not { } request)
        {
            return Error.NotFound("Request");
        }

        var outcome = request.VerifyIdentity(command.Code, clock.GetUtcNow().UtcDateTime, PrivacyActor.Of(caller));
        audit.Record(
            outcome == IdentityCheckOutcome.Verified ? PrivacyAuditActions.IdentityVerified : PrivacyAuditActions.IdentityRefused,
            request.SubjectId.ToString(),
            new Dictionary<string, string>
            {
                ["request"] = request.Id.ToString(),
                ["outcome"] = outcome.ToString(),
                ["attemptsLeft"] = request.CodeAttemptsLeft.ToString(CultureInfo.InvariantCulture),
            });
        return outcome switch
        {
            IdentityCheckOutcome.Verified => await RequestView.LoadAsync(request, requests, clock, cancellationToken),
            IdentityCheckOutcome.WrongCode => Error.BusinessRule(
                "IDENTITY_CODE_WRONG", $"The code is wrong; {request.CodeAttemptsLeft} attempt(s) left.", "code").KeepingChanges(),
            IdentityCheckOutcome.Expired => Error.BusinessRule("IDENTITY_CODE_EXPIRED", "The code has expired: send a new code.", "code").KeepingChanges(),
            _ => Error.BusinessRule("IDENTITY_CODE_EXHAUSTED", "No attempts are left for this code: send a new code.", "code").KeepingChanges(),
        };
    }
}
