using Groupus.Api.Grpc.Mapping;
using Requests = Groupus.Domain.Privacy.Requests;
using PrivacyContracts = Groupus.Contracts.Privacy;
using ListRequests = Groupus.Application.Privacy.ListRequests;
using Proto = Groupus.Api.Grpc.Privacy.V1;

namespace Groupus.Api.Privacy;

/// <summary>Every proto enum of the privacy services and the enum it stands for, paired by hand (never by number).</summary>
internal static class PrivacyEnumMaps
{
    public static readonly EnumMap<Proto.RequestType, Requests.DataSubjectRequestType> DataSubjectRequestType = new(
        (Proto.RequestType.Access, Requests.DataSubjectRequestType.Access),
        (Proto.RequestType.Rectification, Requests.DataSubjectRequestType.Rectification),
        (Proto.RequestType.Erasure, Requests.DataSubjectRequestType.Erasure),
        (Proto.RequestType.Restriction, Requests.DataSubjectRequestType.Restriction),
        (Proto.RequestType.Objection, Requests.DataSubjectRequestType.Objection),
        (Proto.RequestType.Portability, Requests.DataSubjectRequestType.Portability));

    public static readonly EnumMap<Proto.RequestStatus, Requests.DataSubjectRequestStatus> DataSubjectRequestStatus = new(
        (Proto.RequestStatus.Received, Requests.DataSubjectRequestStatus.Received),
        (Proto.RequestStatus.IdentityCheck, Requests.DataSubjectRequestStatus.IdentityCheck),
        (Proto.RequestStatus.InProgress, Requests.DataSubjectRequestStatus.InProgress),
        (Proto.RequestStatus.WaitingForSubject, Requests.DataSubjectRequestStatus.WaitingForSubject),
        (Proto.RequestStatus.Referred, Requests.DataSubjectRequestStatus.Referred),
        (Proto.RequestStatus.Completed, Requests.DataSubjectRequestStatus.Completed),
        (Proto.RequestStatus.Rejected, Requests.DataSubjectRequestStatus.Rejected));

    public static readonly EnumMap<Proto.SubjectIdentifierKind, PrivacyContracts.SubjectIdentifierKind> SubjectIdentifierKind = new(
        (Proto.SubjectIdentifierKind.Email, PrivacyContracts.SubjectIdentifierKind.Email),
        (Proto.SubjectIdentifierKind.Phone, PrivacyContracts.SubjectIdentifierKind.Phone),
        (Proto.SubjectIdentifierKind.CustomerUserId, PrivacyContracts.SubjectIdentifierKind.CustomerUserId),
        (Proto.SubjectIdentifierKind.NameAndCompany, PrivacyContracts.SubjectIdentifierKind.NameAndCompany));

    public static readonly EnumMap<Proto.DeadlineStanding, ListRequests.RequestStandingFilter> RequestStandingFilter = new(
        (Proto.DeadlineStanding.Unspecified, ListRequests.RequestStandingFilter.Any),
        (Proto.DeadlineStanding.Due, ListRequests.RequestStandingFilter.Due),
        (Proto.DeadlineStanding.DueSoon, ListRequests.RequestStandingFilter.DueSoon),
        (Proto.DeadlineStanding.Overdue, ListRequests.RequestStandingFilter.Overdue),
        (Proto.DeadlineStanding.Closed, ListRequests.RequestStandingFilter.Closed));
}
