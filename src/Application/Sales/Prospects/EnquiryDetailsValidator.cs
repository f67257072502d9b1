using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Sales.Prospects;

/// <summary>The checks on an enquiry's details, shared by the public form and staff entry.</summary>
public abstract class EnquiryDetailsValidator<TCommand> : RequestValidator<TCommand>
    where TCommand : IEnquiryDetails
{
    protected EnquiryDetailsValidator(IPhoneNumbers phones)
    {
        RuleFor(c => c.Kind).RequiredChoice();
        RuleFor(c => c.Company).RequiredText(200).MustBePrintableText();
        RuleFor(c => c.ContactName).RequiredText(200).MustBePrintableText();
        RuleFor(c => c.WorkEmail).EmailAddress();
        RuleFor(c => c.WorkPhone).PhoneNumber(phones);
        RuleFor(c => c.CountryCode).CountryCode();
        RuleFor(c => c.Industry).OptionalText(100);
        RuleFor(c => c.RevenueBand).OptionalChoice();
        RuleFor(c => c.EmployeeCount).EmployeeCount();
        RuleFor(c => c.PurchasingTimeframe).OptionalChoice();
        RuleFor(c => c.Enquiry).EnquiryText();
    }
}
