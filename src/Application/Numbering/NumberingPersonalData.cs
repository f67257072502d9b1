using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Numbering;

/// <summary>What the numbering module processes, in the notice's words: customers' numbers and their emergency-services addresses.</summary>
public sealed class NumberingPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "numbering";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Numbers and emergency services registration",
            ProcessingRole.Controller,
            ["existing, prospective and past customers"],
            [PersonalDataCategory.Contact, PersonalDataCategory.CommunicationsMetadata, PersonalDataCategory.ServiceConfiguration],
            [
                "your name, address, email address, telephone number and/or payment card details during the registration/payment process, or for emergency services registration",
                "the phone numbers you dial or provide to our services, service set-up information, service configurations and settings",
            ],
            [LegalBasis.Contract],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
