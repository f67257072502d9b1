using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;

namespace Groupus.Application.Privacy;

/// <summary>What the privacy module itself processes: who did what to which subject's data, by id.</summary>
public sealed class PrivacyPersonalData : IPersonalDataRegistration
{
    public const string ModuleName = "privacy";

    public string Module => ModuleName;

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new(
            ModuleName,
            "Data protection requests and their audit log",
            ProcessingRole.Controller,
            ["individuals wishing to exercise their data protection rights", "GROUPUS staff"],
            [PersonalDataCategory.Identification, PersonalDataCategory.Contact, PersonalDataCategory.Professional],
            ["We respond to all requests we receive from individuals wishing to exercise their data protection rights in accordance with applicable data protection laws."],
            [LegalBasis.LegalObligation],
            new Retention(PrivacyNotice.NotStated, FixedPeriod: null),
            PrivacyNotice.Recipients,
            PrivacyNotice.Transfers),
    ];
}
