using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Commands.Prospects;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>The words the privacy commands take and show for the privacy service's enums.</summary>
internal static class PrivacyChoices
{
    public static readonly Choice<RequestType> Type = new(new Dictionary<string, RequestType>
    {
        ["access"] = RequestType.Access,
        ["rectification"] = RequestType.Rectification,
        ["erasure"] = RequestType.Erasure,
        ["restriction"] = RequestType.Restriction,
        ["objection"] = RequestType.Objection,
        ["portability"] = RequestType.Portability,
    });

    public static readonly Choice<RequestStatus> Status = new(new Dictionary<string, RequestStatus>
    {
        ["received"] = RequestStatus.Received,
        ["identity-check"] = RequestStatus.IdentityCheck,
        ["in-progress"] = RequestStatus.InProgress,
        ["waiting-for-subject"] = RequestStatus.WaitingForSubject,
        ["referred"] = RequestStatus.Referred,
        ["completed"] = RequestStatus.Completed,
        ["rejected"] = RequestStatus.Rejected,
    });

    public static readonly Choice<DeadlineStanding> Standing = new(new Dictionary<string, DeadlineStanding>
    {
        ["due"] = DeadlineStanding.Due,
        ["due-soon"] = DeadlineStanding.DueSoon,
        ["overdue"] = DeadlineStanding.Overdue,
        ["closed"] = DeadlineStanding.Closed,
    });

    public static readonly Choice<SubjectIdentifierKind> SendTo = new(new Dictionary<string, SubjectIdentifierKind>
    {
        ["email"] = SubjectIdentifierKind.Email,
        ["phone"] = SubjectIdentifierKind.Phone,
    });

    /// <summary>Purposes a restriction or objection names, as the server spells them.</summary>
    public static readonly IReadOnlyDictionary<string, string> Purposes = new Dictionary<string, string>
    {
        ["marketing"] = "MARKETING",
        ["legitimate-interests"] = "LEGITIMATE_INTERESTS",
        ["service-delivery"] = "SERVICE_DELIVERY",
    };

    public static readonly string[] Channels = ["email", "letter", "phone", "web-form", "in-person"];
}
