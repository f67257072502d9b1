using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts;

public interface IAccessTokenIssuer
{
    AccessToken IssueForStaff(StaffMember member);

    AccessToken IssueForCustomer(CustomerUser user);

    AccessToken IssueForGateway(GatewayCredential gateway);
}
