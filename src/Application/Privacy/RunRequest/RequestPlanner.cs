using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.RunRequest;

/// <summary>
/// The plan of a request: per module the action its type needs, then the privacy module's own closing step
/// (DESTROY_KEY after an erasure, PACKAGE after an export); and a referral per customer organisation whose data we
/// only process.
/// </summary>
public static class RequestPlanner
{
    public const string PrivacyModule = "privacy";

    public static IReadOnlyList<(string Module, RequestStepAction Action)> Steps(DataSubjectRequestType type, IReadOnlyList<string> modules) => type switch
    {
        DataSubjectRequestType.Access or DataSubjectRequestType.Portability =>
            [.. modules.Select(m => (m, RequestStepAction.Export)), (PrivacyModule, RequestStepAction.Package)],
        DataSubjectRequestType.Rectification => [.. modules.Select(m => (m, RequestStepAction.Rectify))],
        DataSubjectRequestType.Erasure => [.. modules.Select(m => (m, RequestStepAction.Erase)), (PrivacyModule, RequestStepAction.DestroyKey)],
        _ => [(PrivacyModule, RequestStepAction.Restrict)],
    };

    public static IReadOnlyList<PlannedReferral> Referrals(IEnumerable<PersonalDataHolding> holdings) =>
        [.. holdings
            .Where(h => h.Role == ProcessingRole.Processor && h.ControllerOrganisationId is not null && h.RecordCount > 0)
            .GroupBy(h => h.ControllerOrganisationId!.Value)
            .Select(g => new PlannedReferral(
                g.Key,
                string.Join(", ", g.Select(h => h.Module).Distinct().Order(StringComparer.Ordinal)),
                string.Join(", ", g.Select(h => h.RecordType).Distinct().Order(StringComparer.Ordinal)),
                g.Sum(h => h.RecordCount)))];
}
