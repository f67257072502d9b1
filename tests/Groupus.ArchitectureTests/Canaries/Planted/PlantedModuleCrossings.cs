// Planted violations for the module boundary rule. They sit in namespaces that mimic the real modules, inside
// the test assembly, and the rule is run over the test assembly only. Nothing here is used by the product.
using Groupus.Application.Visitors;
using Groupus.Contracts.Customers;
using Groupus.Contracts.Identity;
using Groupus.Domain.Customers;
using Groupus.Domain.Identity;
using Groupus.Domain.Common;
using Groupus.Infrastructure.Communications;

namespace Groupus.Domain.Visitors
{
    /// <summary>Planted: the Visitors domain holding an Identity entity. Must be caught for (Visitors, Identity).</summary>
    public sealed class CanaryVisitorHoldingStaffMember
    {
        public StaffMember? Host { get; init; }
    }

    /// <summary>Not a violation: the shared kernel is nobody's module.</summary>
    public sealed class CanaryVisitorUsingTheSharedKernel : Entity
    {
        public static bool IsBroken(IBusinessRule rule) => rule.IsBroken();
    }

    /// <summary>Not a violation: Groupus.Domain.IdentityArchive only starts with the same letters as Groupus.Domain.Identity.</summary>
    public sealed class CanaryVisitorUsingALookalikeNamespace
    {
        public Groupus.Domain.IdentityArchive.CanaryIdentityLookalike? Archive { get; init; }
    }
}

namespace Groupus.Domain.Numbering
{
    /// <summary>Planted: a number taking the Customers organisation itself, as it did before ADR 0050. Must be caught for (Numbering, Customers).</summary>
    public sealed class CanaryNumberAssignedToAnOrganisation
    {
        public Organisation? Owner { get; init; }
    }
}

namespace Groupus.Application.Numbering
{
    /// <summary>Not a violation: the organisation's standing arrives through the Customers contract.</summary>
    public sealed class CanaryAssignmentReadingTheOrganisationContract
    {
        public OrganisationStanding? Owner { get; init; }
    }
}

namespace Groupus.Domain.IdentityArchive
{
    /// <summary>Not in the Identity module, so its use of Visitors must not count against Identity.</summary>
    public sealed class CanaryIdentityLookalike
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
    public sealed class CanaryVisitorsUsingTheIdentityContract(IStaffDirectory directory)
    {
        public IStaffDirectory Directory { get; } = directory;
    }
}

namespace Groupus.Api.Identity
{
    /// <summary>Planted: the Identity gRPC edge reaching into the Communications module's DbContext.</summary>
    public static class CanaryStaffEndpointReadingNotifications
    {
        public static bool IsNotificationStore(object context) => context is CommunicationsDbContext;
    }
}

namespace Groupus.Application.Identity
{
    /// <summary>
    /// Planted: customer sign-in holding the Customers organisation itself (ADR 0054 reads its standing instead). Must
    /// be caught for (Identity, Customers).
    /// </summary>
    public sealed class CanaryCustomerLoginHoldingTheOrganisation
    {
        public Organisation? Organisation { get; init; }
    }

    /// <summary>Not a violation: customer sign-in reads the organisation's standing through the Customers contract.</summary>
    public sealed class CanaryCustomerLoginReadingTheOrganisationContract
    {
        public OrganisationStanding? Standing { get; init; }
    }
}

namespace Groupus.Infrastructure.Customers
{
    /// <summary>
    /// Planted: service configuration reading the Identity staff member for the name of who saved it (ADR 0054 asks the
    /// staff directory). Must be caught for (Customers, Identity).
    /// </summary>
    public sealed class CanaryServiceConfigurationReadingTheStaffMember
    {
        public StaffMember? SavedBy { get; init; }
    }

    /// <summary>Not a violation: the staff directory is Identity's contract.</summary>
    public sealed class CanaryServiceConfigurationReadingTheStaffDirectory
    {
        public StaffDirectoryEntry? SavedBy { get; init; }
    }
}
