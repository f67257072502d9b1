// Planted violations for the module boundary rule. They sit in namespaces that mimic the real modules, inside
// the test assembly, and the rule is run over the test assembly only. Nothing here is used by the product.
using Groupus.Application.Visitors;
using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Groupus.Domain.Common;
using Groupus.Infrastructure.Communications;

namespace Groupus.Domain.Visitors
{
    /// <summary>Planted: the Visitors domain holding an Accounts entity. Must be caught for (Visitors, Accounts).</summary>
    public sealed class CanaryVisitorHoldingStaffMember
    {
        public StaffMember? Host { get; init; }
    }

    /// <summary>Not a violation: the shared kernel is nobody's module.</summary>
    public sealed class CanaryVisitorUsingTheSharedKernel : Entity
    {
        public static bool IsBroken(IBusinessRule rule) => rule.IsBroken();
    }

    /// <summary>Not a violation: Groupus.Domain.AccountsArchive only starts with the same letters as Groupus.Domain.Accounts.</summary>
    public sealed class CanaryVisitorUsingALookalikeNamespace
    {
        public Groupus.Domain.AccountsArchive.CanaryAccountsLookalike? Archive { get; init; }
    }
}

namespace Groupus.Domain.Numbering
{
    /// <summary>Planted: a number taking the Accounts organisation itself, as it did before ADR 0050. Must be caught for (Numbering, Accounts).</summary>
    public sealed class CanaryNumberAssignedToAnOrganisation
    {
        public Organisation? Owner { get; init; }
    }
}

namespace Groupus.Application.Numbering
{
    /// <summary>Not a violation: the organisation's standing arrives through the Accounts contract.</summary>
    public sealed class CanaryAssignmentReadingTheOrganisationContract
    {
        public OrganisationStanding? Owner { get; init; }
    }
}

namespace Groupus.Domain.AccountsArchive
{
    /// <summary>Not in the Accounts module, so its use of Visitors must not count against Accounts.</summary>
    public sealed class CanaryAccountsLookalike
    {
        public Groupus.Domain.Visitors.Visit? Visit { get; init; }
    }
}

namespace Groupus.Application.Communications
{
    /// <summary>Planted: Communications using a Visitors application type, only inside an async method body.</summary>
    public sealed class CanaryNotifierReadingVisitsInAnAsyncMethod
    {
        public static async Task<int> CountVisitsAsync(IEnumerable<object> rows)
        {
            await Task.Yield();
            return rows.OfType<VisitDto>().Count();
        }
    }
}

namespace Groupus.Application.Visitors
{
    /// <summary>Not a violation: a module's contracts are its public face.</summary>
    public sealed class CanaryVisitorsUsingTheAccountsContract(IStaffDirectory directory)
    {
        public IStaffDirectory Directory { get; } = directory;
    }
}

namespace Groupus.Api.Accounts
{
    /// <summary>Planted: the Accounts gRPC edge reaching into the Communications module's DbContext.</summary>
    public static class CanaryStaffEndpointReadingNotifications
    {
        public static bool IsNotificationStore(object context) => context is CommunicationsDbContext;
    }
}
