using Groupus.Application.Common.Contact;
using Groupus.Application.Sales;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Application.Common.Security;
using Groupus.Domain.Sales.Prospects;
using Mediator;

namespace Groupus.Application.Sales.Prospects.RecordEnquiry;

public sealed class RecordEnquiryHandler(IProspectRepository prospects, IPhoneNumbers phones, ICurrentUser caller, TimeProvider clock, IDataSubjectRegistry subjects)
    : ICommandHandler<RecordEnquiryCommand, Result<ProspectDto>>
{
    public async ValueTask<Result<ProspectDto>> Handle(RecordEnquiryCommand command, CancellationToken cancellationToken)
    {
        var contact = EnquiryDetails.Contact(
            phones, command.Company, command.ContactName, command.WorkEmail, command.WorkPhone, command.CountryCode, command.Industry,
            command.RevenueBand, command.EmployeeCount, command.PurchasingTimeframe);
        var prospect = Prospect.Receive(command.Kind!.Value, command.Source!.Value, contact, command.Enquiry.Trim(), caller.StaffId, clock.GetUtcNow().UtcDateTime);
        prospect.LinkDataSubject(await subjects.EnrolAsync(SalesSubjects.Of(contact), cancellationToken));
        prospects.Add(prospect);
        return ProspectDto.From(prospect);
    }
}
