using Groupus.Application.Common.Contact;
using Groupus.Application.Sales;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Sales.Prospects;
using Mediator;

namespace Groupus.Application.Sales.Prospects.SubmitEnquiry;

public sealed class SubmitEnquiryHandler(IProspectRepository prospects, IPhoneNumbers phones, TimeProvider clock, IDataSubjectRegistry subjects)
    : ICommandHandler<SubmitEnquiryCommand, Result<EnquiryReceipt>>
{
    public async ValueTask<Result<EnquiryReceipt>> Handle(SubmitEnquiryCommand command, CancellationToken cancellationToken)
    {
        var contact = EnquiryDetails.Contact(
            phones, command.Company, command.ContactName, command.WorkEmail, command.WorkPhone, command.CountryCode, command.Industry,
            command.RevenueBand, command.EmployeeCount, command.PurchasingTimeframe);
        var prospect = Prospect.Receive(command.Kind!.Value, EnquirySource.WebsiteForm, contact, command.Enquiry.Trim(), enteredByStaffId: null, clock.GetUtcNow().UtcDateTime);
        prospect.LinkDataSubject(await subjects.EnrolAsync(SalesSubjects.Of(contact), cancellationToken));
        prospects.Add(prospect);
        return new EnquiryReceipt(prospect.Id, prospect.ReceivedAtUtc);
    }
}
