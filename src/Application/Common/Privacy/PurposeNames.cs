using Groupus.Contracts.Privacy;

namespace Groupus.Application.Common.Privacy;

/// <summary>What can be stopped, and how a refusal names a purpose.</summary>
public static class PurposeNames
{
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
