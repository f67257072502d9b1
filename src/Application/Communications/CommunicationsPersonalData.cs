using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Communications;

/// <summary>What the communications module processes: the notifications it sends to staff and to customers' users.</summary>
public sealed class CommunicationsPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "communications";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Notifications of visitors and faxes",
            ProcessingRole.Controller,
            ["visitors to our offices", "existing, prospective and past customers"],
            [PersonalDataCategory.CommunicationsContent, PersonalDataCategory.Contact],
            [
                "administrative, notification and housekeeping purposes",
                "to provide your organization with the information, products or services that it has requested from us",
            ],
            [LegalBasis.LegitimateInterest, LegalBasis.Contract],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
