using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Partners;

/// <summary>What the partners module processes, in the notice's words ("Third Party Resellers or Distributors").</summary>
public sealed class PartnersPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "partners";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Resellers and distributors",
            ProcessingRole.Controller,
            ["third party resellers or distributors"],
            [PersonalDataCategory.Identification, PersonalDataCategory.Contact],
            ["personal data relating to you in the context of our reseller/distribution programme including your name, address, email address and telephone number"],
            [LegalBasis.Contract, LegalBasis.LegitimateInterest],
            PrivacyNotice.GeneralRetention,
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
