using Groupus.Domain.Identity;

namespace Groupus.Application.Identity;

public interface IAccessTokenIssuer
{
    AccessToken IssueForStaff(StaffMember member);

    AccessToken IssueForCustomer(CustomerUser user);

    AccessToken IssueForGateway(GatewayCredential gateway);
}
