using Groupus.Application.Common.Privacy;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Identity;

namespace Groupus.Application.Identity.CustomerUsers.CustomerLogin;

/// <summary>
/// What the person's privacy rights mean for a sign-in. A person whose key is gone was erased: their account is
/// treated as unknown, even when a database restored from before the erasure brought it back with its old password.
/// A person who restricted the processing of their data for service delivery is refused once the password is right
/// (so the refusal tells nothing to someone who does not know it) and nothing of the attempt is kept.
/// </summary>
public sealed class CustomerSignInPrivacy(IErasedSubjects erased, IProcessingRestrictions restrictions)
{
    public async Task<CustomerUser?> UnlessErasedAsync(CustomerUser? user, CancellationToken cancellationToken) =>
        user is null || user.DataSubjectId == Guid.Empty || !await erased.IsErasedAsync(user.DataSubjectId, cancellationToken) ? user : null;

    public async Task<Error?> RestrictionOfAsync(CustomerUser user, CancellationToken cancellationToken) =>
        user.DataSubjectId != Guid.Empty
        && (await restrictions.RestrictedAmongAsync([user.DataSubjectId], ProcessingPurpose.ServiceDelivery, cancellationToken)).Count > 0
            ? PurposeNames.Refusal(ProcessingPurpose.ServiceDelivery)
            : null;
}
