using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Domain.Accounts.Prospects;
using Mediator;

namespace Groupus.Application.Accounts.Prospects.SubmitEnquiry;

public sealed class SubmitEnquiryHandler(IProspectRepository prospects, IPhoneNumbers phones, TimeProvider clock)
    : ICommandHandler<SubmitEnquiryCommand, Result<EnquiryReceipt>>
{
    public ValueTask<Result<EnquiryReceipt>> Handle(SubmitEnquiryCommand command, CancellationToken cancellationToken)
    {
        var contact = EnquiryDetails.Contact(
            phones, command.Company, command.ContactName, command.WorkEmail, command.WorkPhone, command.CountryCode, command.Industry,
            command.RevenueBand, command.EmployeeCount, command.PurchasingTimeframe);
        var prospect = Prospect.Receive(command.Kind!.Value, EnquirySource.WebsiteForm, contact, command.Enquiry.Trim(), enteredByStaffId: null, clock.GetUtcNow().UtcDateTime);
        prospects.Add(prospect);
        return ValueTask.FromResult<Result<EnquiryReceipt>>(new EnquiryReceipt(prospect.Id, prospect.ReceivedAtUtc));
    }
}
