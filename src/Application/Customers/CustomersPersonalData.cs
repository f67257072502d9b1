using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Customers;

/// <summary>What the customers module processes, in the notice's words ("Current Customers"): organisations and what they bought.</summary>
public sealed class CustomersPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "customers";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Customer organisations",
            ProcessingRole.Controller,
            ["existing, prospective and past customers"],
            [PersonalDataCategory.Contact, PersonalDataCategory.Professional, PersonalDataCategory.NationalIdentifiers, PersonalDataCategory.TransactionalHistory],
            [
                "to administer records about your organization's account",
                "for the purpose of general business or contract relationship management within GROUPUS, including auditing the use of our services",
            ],
            [LegalBasis.Contract, LegalBasis.LegitimateInterest],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
        new(
            ModuleName,
            "Service configuration",
            ProcessingRole.Controller,
            ["existing, prospective and past customers"],
            [PersonalDataCategory.ServiceConfiguration, PersonalDataCategory.Identification],
            [
                "the phone numbers you dial or provide to our services, service set-up information, service configurations and settings",
            ],
            [LegalBasis.Contract],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
