using Groupus.Application.Common.Security;
using Groupus.Domain.Identity;

namespace Groupus.Application.Visitors.Canaries;

/// <summary>
/// Planted: Visitors borrowing a name from the Identity domain. The compiler copies "StaffMember" into the
/// attribute, so the compiled module rule cannot see this; the source rule must. A mention of
/// Groupus.Domain.Communications in this comment must not count, nor must Groupus.Contracts.Identity below.
/// </summary>
[AuthorizeRoles(nameof(StaffMember))]
public sealed class CanaryBorrowedConstant
{
    public static Type Contract => typeof(Groupus.Contracts.Identity.IStaffDirectory);
}
