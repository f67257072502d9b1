using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;

namespace Groupus.Application.Common.Privacy;

/// <summary>What can be stopped, and how a refusal names a purpose.</summary>
public static class PurposeNames
{
    /// <summary>The code of every refusal for a restricted purpose (FAILED_PRECONDITION at the edge).</summary>
    public const string RestrictedCode = "PROCESSING_RESTRICTED";

    /// <summary>The refusal: it names the purpose, never the person.</summary>
    public static Error Refusal(ProcessingPurpose purpose) =>
        Error.BusinessRule(RestrictedCode, $"processing of this person's data for {Describe(purpose)} is restricted");

    /// <summary>False for storage and legal claims, which go on whatever the subject has restricted.</summary>
    public static bool CanBeStopped(ProcessingPurpose purpose) =>
        purpose is ProcessingPurpose.ServiceDelivery or ProcessingPurpose.Marketing or ProcessingPurpose.LegitimateInterests;

    /// <summary>"marketing", "legitimate interests", "service delivery"...</summary>
    public static string Describe(ProcessingPurpose purpose) => purpose switch
    {
        ProcessingPurpose.ServiceDelivery => "service delivery",
        ProcessingPurpose.Marketing => "marketing",
        ProcessingPurpose.LegitimateInterests => "legitimate interests",
        ProcessingPurpose.Storage => "storage",
        ProcessingPurpose.LegalClaims => "legal claims",
        _ => "this purpose",
    };
}
