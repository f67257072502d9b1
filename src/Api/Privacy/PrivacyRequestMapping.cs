using Google.Protobuf;
using Groupus.Api.Grpc.Mapping;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy.FindSubjects;
using Groupus.Application.Privacy.GetErasureCertificate;
using Groupus.Application.Privacy.Requests;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy;
using Groupus.Domain.Privacy.Holds;
using Groupus.Domain.Privacy.Requests;
using DomainCertificate = Groupus.Domain.Privacy.Requests.ErasureCertificate;
using ProtoCertificate = Groupus.Api.Grpc.Privacy.V1.ErasureCertificate;
using ProtoHolding = Groupus.Api.Grpc.Privacy.V1.Holding;
using ProtoLegalHold = Groupus.Api.Grpc.Privacy.V1.LegalHold;
using ProtoReferral = Groupus.Api.Grpc.Privacy.V1.Referral;
using ProtoRequest = Groupus.Api.Grpc.Privacy.V1.DataSubjectRequest;
using ProtoStanding = Groupus.Api.Grpc.Privacy.V1.DeadlineStanding;

namespace Groupus.Api.Privacy;

/// <summary>Privacy requests, holds and certificates between proto messages and the application's types.</summary>
public static class PrivacyRequestMapping
{
    public static SubjectQueryInput? ToInput(this SubjectQuery? query) =>
        query is null ? null : new SubjectQueryInput(query.Email.OrNull(), query.Phone.OrNull(), query.CustomerUserId.OrNull(), query.Name.OrNull(), query.Company.OrNull());

    public static FindSubjectsResponse ToProto(this SubjectSearchResult result)
    {
        var response = new FindSubjectsResponse();
        response.Matches.AddRange(result.Matches.Select(m => new Groupus.Api.Grpc.Privacy.V1.SubjectMatch
        {
            SubjectId = m.SubjectId.ToString(),
            Holdings = { m.Holdings.Select(ToProto) },
            MatchedBy = PrivacyEnumMaps.SubjectIdentifierKind.ToProto(m.MatchedBy),
            MatchStrength = m.StrongMatch ? "STRONG" : "SHARED",
        }));
        response.UnenrolledHoldings.AddRange(result.UnenrolledHoldings.Select(ToProto));
        return response;
    }

    public static ProtoHolding ToProto(this PersonalDataHolding holding) => new()
    {
        Module = holding.Module,
        RecordType = holding.RecordType,
        RecordCount = holding.RecordCount,
        Categories = { holding.Categories.Select(c => c.ToString()) },
        Role = holding.Role == Contracts.Privacy.ProcessingRole.Processor ? Groupus.Api.Grpc.Privacy.V1.ProcessingRole.Processor : Groupus.Api.Grpc.Privacy.V1.ProcessingRole.Controller,
        ControllerOrganisationId = holding.ControllerOrganisationId?.ToString() ?? "",
        Examples = { holding.Examples },
    };

    public static ProtoRequest ToProto(this RequestView view)
    {
        var request = view.Request;
        var deadline = request.Deadline;
        var proto = new ProtoRequest
        {
            Id = request.Id.ToString(),
            SubjectId = request.SubjectId.ToString(),
            Type = PrivacyEnumMaps.DataSubjectRequestType.ToProto(request.Type),
            Status = PrivacyEnumMaps.DataSubjectRequestStatus.ToProto(request.Status),
            ReceivedAt = request.ReceivedAtUtc.ToTimestamp(),
            DueAt = EndOf(deadline.DueOn),
            StatutoryDueAt = EndOf(deadline.StatutoryDueOn),
            MissedDueAt = EndOf(deadline.MissedDueOn),
            AlsoSubjectIds = { request.AlsoSubjectIds.Select(id => id.ToString()) },
            Standing = request.IsOpen ? deadline.StandingAt(view.NowUtc) switch
            {
                Domain.Privacy.DeadlineStanding.Overdue => ProtoStanding.Overdue,
                Domain.Privacy.DeadlineStanding.DueSoon => ProtoStanding.DueSoon,
                Domain.Privacy.DeadlineStanding.Paused => ProtoStanding.Unspecified,
                _ => ProtoStanding.Due,
            } : ProtoStanding.Closed,
            DaysRemaining = deadline.DaysRemaining(view.NowUtc),
            Paused = deadline.IsPaused,
            IdentityVerified = request.IsIdentityVerified,
            RejectionReason = request.RejectionReason ?? "",
            CompletedAt = request.CompletedAtUtc.ToTimestamp(),
            Channel = request.Channel,
            LinkedDuplicateIds = { view.DuplicateIds.Select(id => id.ToString()) },
            Purposes = { request.Purposes },
        };
        proto.Corrections.Add(request.Corrections.ToDictionary());
        proto.Steps.AddRange(request.Steps.OrderBy(s => s.Order).Select(s => new Groupus.Api.Grpc.Privacy.V1.RequestStep
        {
            Module = s.Module,
            Action = ActionCode(s.Action),
            State = s.IsDone ? "DONE" : "PENDING",
            DoneAt = s.DoneAtUtc.ToTimestamp(),
        }));
        proto.Referrals.AddRange(request.Referrals.Select(r => new ProtoReferral
        {
            OrganisationId = r.OrganisationId.ToString(),
            Module = r.Module,
            RecordType = r.RecordType,
            RecordCount = r.RecordCount,
            ReferredAt = r.ReferredAtUtc.ToTimestamp(),
            ClosedAt = r.ClosedAtUtc.ToTimestamp(),
            Outcome = r.Outcome ?? "",
        }));
        proto.History.AddRange(request.History.OrderBy(e => e.AtUtc).ThenBy(e => e.Id).Select(e => new Groupus.Api.Grpc.Privacy.V1.RequestEvent
        {
            At = e.AtUtc.ToTimestamp(),
            Actor = e.Actor,
            What = e.What,
            Reason = e.Reason ?? "",
        }));
        return proto;
    }

    private static Google.Protobuf.WellKnownTypes.Timestamp? EndOf(DateOnly? day) =>
        day is { } due ? due.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc).ToTimestamp() : null;

    public static string ActionCode(RequestStepAction action) => action switch
    {
        RequestStepAction.DestroyKey => "DESTROY_KEY",
        _ => action.ToString().ToUpperInvariant(),
    };

    public static ProtoLegalHold ToProto(this Domain.Privacy.Holds.LegalHold hold) => new()
    {
        Id = hold.Id.ToString(),
        SubjectId = hold.SubjectId.ToString(),
        Reason = hold.Reason,
        Reference = hold.Reference,
        PlacedAt = hold.PlacedAtUtc.ToTimestamp(),
        ReleasedAt = hold.ReleasedAtUtc.ToTimestamp(),
        ReleaseReason = hold.ReleaseReason ?? "",
    };

    public static ProtoCertificate ToProto(this DomainCertificate certificate) => new()
    {
        RequestId = certificate.RequestId.ToString(),
        SubjectId = certificate.SubjectId.ToString(),
        CompletedAt = certificate.CompletedAtUtc.ToTimestamp(),
        Lines =
        {
            certificate.Lines.Select(l => new ErasureLine
            {
                Module = l.Module,
                RecordType = l.RecordType,
                Category = l.Category,
                Action = l.Action,
                RecordCount = l.RecordCount,
                LegalObligation = l.LegalObligation ?? "",
                Note = l.Note ?? "",
            }),
        },
        SubjectKeyDestroyed = certificate.SubjectKeyDestroyed,
        AuditSequence = certificate.AuditSequence,
        AuditHash = certificate.AuditHash,
        Text = ErasureCertificateText.Render(certificate),
    };
}
