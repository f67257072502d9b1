namespace Groupus.Application.Privacy.Audit;

/// <summary>The action codes written to the privacy audit log.</summary>
public static class PrivacyAuditActions
{
    public const string RecordsOfProcessingGenerated = "ropa.generated";

    public const string ProcessingRestricted = "restriction.placed";

    public const string ProcessingRestrictionLifted = "restriction.lifted";
}
