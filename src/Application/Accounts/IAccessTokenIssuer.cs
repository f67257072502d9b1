using Groupus.Domain.Accounts;

namespace Groupus.Application.Accounts;

public interface IAccessTokenIssuer
{
    AccessToken Issue(StaffMember member);
}
