using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Fax;

/// <summary>
/// What the fax module processes: "incoming and outgoing faxes" of customers, which they control and we process on
/// their behalf (the notice's "Data processed" section).
/// </summary>
public sealed class FaxPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "fax";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Customers' incoming and outgoing faxes",
            ProcessingRole.Processor,
            [
                "GROUPUS customers' users, their current, prospective, or former customers, or any other person or entity communicating with GROUPUS customers",
            ],
            [PersonalDataCategory.CommunicationsContent, PersonalDataCategory.CommunicationsMetadata],
            [
                "providing, managing, deploying, enhancing, or improving our services, as otherwise instructed by the GROUPUS customer or other data controller who transmitted, received, or stored the data, or in accordance with contractual requirements",
            ],
            [LegalBasis.Contract],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.ProcessorRecipients,
            PrivacyNotice.Transfers),
    ];
}
