using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Sales;

/// <summary>What the sales module processes, in the notice's words ("Prospective Customers", marketing).</summary>
public sealed class SalesPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "sales";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Prospective customers' enquiries",
            ProcessingRole.Controller,
            ["prospective customers"],
            [
                PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.Professional,
                PersonalDataCategory.CommunicationsContent, PersonalDataCategory.TransactionalHistory,
            ],
            [
                "to communicate with your organization about our website, products and services, to send you offers, for our other legitimate interests or those of a third party",
            ],
            [LegalBasis.LegitimateInterest, LegalBasis.Consent],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
        new(
            ModuleName,
            "Marketing communications",
            ProcessingRole.Controller,
            ["prospective customers", "existing, prospective and past customers"],
            [PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.MarketingPreferences],
            ["to provide you and your organization with marketing and other communications about our products and services (where permitted by law)"],
            [LegalBasis.Consent],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
