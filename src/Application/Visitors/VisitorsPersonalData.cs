using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Visitors;

/// <summary>What the visitors module processes: the notice's "Visitors to our offices".</summary>
public sealed class VisitorsPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "visitors";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Visitors to our offices",
            ProcessingRole.Controller,
            ["visitors to our offices"],
            [PersonalDataCategory.Identification, PersonalDataCategory.Professional, PersonalDataCategory.VisitDetails],
            [
                "When you visit one of our offices, you will be asked to provide your name and company to us. We collect this information for our legitimate business interests, including administrative, notification and housekeeping purposes.",
            ],
            [LegalBasis.LegitimateInterest],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
