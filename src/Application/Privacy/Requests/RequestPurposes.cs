using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>The purposes a restriction or objection may stop, by their codes, and what each stops when none are named.</summary>
public static class RequestPurposes
{
    public static IReadOnlyDictionary<string, ProcessingPurpose> ByCode { get; } = new Dictionary<string, ProcessingPurpose>(StringComparer.Ordinal)
    {
        ["MARKETING"] = ProcessingPurpose.Marketing,
        ["LEGITIMATE_INTERESTS"] = ProcessingPurpose.LegitimateInterests,
        ["SERVICE_DELIVERY"] = ProcessingPurpose.ServiceDelivery,
    };

    /// <summary>Storage and legal claims always go on; a restriction stops the rest, an objection marketing and legitimate interests.</summary>
    public static IReadOnlyList<ProcessingPurpose> Effective(DataSubjectRequestType type, IReadOnlyList<string> codes) =>
        codes.Count > 0
            ? [.. codes.Select(c => ByCode[c]).Distinct()]
            : type == DataSubjectRequestType.Restriction
                ? [ProcessingPurpose.ServiceDelivery, ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests]
                : [ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests];
}
