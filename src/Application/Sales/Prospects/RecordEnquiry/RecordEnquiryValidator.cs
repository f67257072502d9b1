using Groupus.Application.Common.Contact;

namespace Groupus.Application.Sales.Prospects.RecordEnquiry;

public sealed class RecordEnquiryValidator : EnquiryDetailsValidator<RecordEnquiryCommand>
{
    public RecordEnquiryValidator(IPhoneNumbers phones)
        : base(phones) => RuleFor(c => c.Source).RequiredChoice();
}
