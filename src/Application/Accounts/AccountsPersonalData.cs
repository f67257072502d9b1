using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Accounts;

/// <summary>What the accounts module processes, in the notice's words ("Current Customers", GROUPUS staff).</summary>
public sealed class AccountsPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "accounts";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Customer organisations and their users",
            ProcessingRole.Controller,
            ["existing, prospective and past customers"],
            [
                PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.Professional,
                PersonalDataCategory.AccountCredentials, PersonalDataCategory.NationalIdentifiers, PersonalDataCategory.TransactionalHistory,
            ],
            [
                "to provide your organization with the information, products or services that it has requested from us (including controlling access to those services, for example enabling your organization to join meetings or to log into our portal)",
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
        new(
            ModuleName,
            "Staff accounts and sign-in audit",
            ProcessingRole.Controller,
            ["GROUPUS staff"],
            [PersonalDataCategory.Identification, PersonalDataCategory.AccountCredentials, PersonalDataCategory.Professional],
            [PrivacyNotice.NotStated],
            [],
            new Retention(PrivacyNotice.NotStated, FixedPeriod: null),
            [PrivacyNotice.NotStated],
            []),
    ];
}
