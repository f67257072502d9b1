using Groupus.Application.Common.Contact;

namespace Groupus.Application.Sales.Prospects.SubmitEnquiry;

public sealed class SubmitEnquiryValidator(IPhoneNumbers phones) : EnquiryDetailsValidator<SubmitEnquiryCommand>(phones);
