using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

public sealed class ReceivedFaxMustBeUnroutedRule(Guid? organisationId) : IBusinessRule
{
    public string Code => "FAX_ALREADY_ROUTED";

    public string Message => "This fax already belongs to an organisation.";

    public bool IsBroken() => organisationId is not null;
}
