using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Identity;

/// <summary>What the identity module processes, in the notice's words: customer users (their sign-in and profile) and GROUPUS staff.</summary>
public sealed class IdentityPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "identity";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Customer users and their sign-in",
            ProcessingRole.Controller,
            ["existing, prospective and past customers"],
            [PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.Professional, PersonalDataCategory.AccountCredentials],
            [
                "to provide your organization with the information, products or services that it has requested from us (including controlling access to those services, for example enabling your organization to join meetings or to log into our portal)",
                "for the purpose of general business or contract relationship management within GROUPUS, including auditing the use of our services",
            ],
            [LegalBasis.Contract, LegalBasis.LegitimateInterest],
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
