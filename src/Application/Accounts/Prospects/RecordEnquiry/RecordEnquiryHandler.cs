using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Accounts.Prospects;
using Mediator;

namespace Groupus.Application.Accounts.Prospects.RecordEnquiry;

public sealed class RecordEnquiryHandler(IProspectRepository prospects, IPhoneNumbers phones, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<RecordEnquiryCommand, Result<ProspectDto>>
{
    public ValueTask<Result<ProspectDto>> Handle(RecordEnquiryCommand command, CancellationToken cancellationToken)
    {
        var contact = EnquiryDetails.Contact(
            phones, command.Company, command.ContactName, command.WorkEmail, command.WorkPhone, command.CountryCode, command.Industry,
            command.RevenueBand, command.EmployeeCount, command.PurchasingTimeframe);
        var prospect = Prospect.Receive(command.Kind!.Value, command.Source!.Value, contact, command.Enquiry.Trim(), caller.StaffId, clock.GetUtcNow().UtcDateTime);
        prospects.Add(prospect);
        return ValueTask.FromResult<Result<ProspectDto>>(ProspectDto.From(prospect));
    }
}
