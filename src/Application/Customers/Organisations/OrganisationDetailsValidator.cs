using FluentValidation;
using Groupus.Application.Common.Validation;
using Groupus.Application.Common.Contact;

namespace Groupus.Application.Customers.Organisations;

/// <summary>The checks on an organisation's details, shared by registering and updating it.</summary>
public abstract class OrganisationDetailsValidator<TCommand> : RequestValidator<TCommand>
    where TCommand : IOrganisationDetails
{
    protected OrganisationDetailsValidator()
    {
        RuleFor(c => c.LegalName).LegalName();
        RuleFor(c => c.CompanyNumber).CompanyNumber().When(c => c.CompanyNumber is not null);
        RuleFor(c => c.Industry).OptionalText(100);
        RuleFor(c => c.SizeBand).OptionalText(50);
        RuleFor(c => c.BillingAddress).SetValidator(new AddressValidator()!).When(c => c.BillingAddress is not null);
        RuleFor(c => c.InstallationAddress).SetValidator(new AddressValidator()!).When(c => c.InstallationAddress is not null);
    }
}
