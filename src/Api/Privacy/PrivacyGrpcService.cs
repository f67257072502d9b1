using Google.Protobuf;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy.CloseReferral;
using Groupus.Application.Privacy.CreateRequest;
using Groupus.Application.Privacy.DownloadExport;
using Groupus.Application.Privacy.ExtendRequest;
using Groupus.Application.Privacy.FindSubjects;
using Groupus.Application.Privacy.GetErasureCertificate;
using Groupus.Application.Privacy.GetExportSchema;
using Groupus.Application.Privacy.GetRecordsOfProcessing;
using Groupus.Application.Privacy.GetRequest;
using Groupus.Application.Privacy.IssueExportDownload;
using Groupus.Application.Privacy.ListLegalHolds;
using Groupus.Application.Privacy.ListRequests;
using Groupus.Application.Privacy.PauseRequest;
using Groupus.Application.Privacy.PlaceLegalHold;
using Groupus.Application.Privacy.LiftRestriction;
using Groupus.Application.Privacy.RejectRequest;
using Groupus.Application.Privacy.ReleaseLegalHold;
using Groupus.Application.Privacy.ResumeRequest;
using Groupus.Application.Privacy.RunRequest;
using Groupus.Application.Privacy.SendVerificationCode;
using Groupus.Application.Privacy.VerifyAuditLog;
using Groupus.Application.Privacy.VerifyIdentity;
using Groupus.Domain.Privacy.Requests;
using Grpc.Core;
using Mediator;
using ProtoRequest = Groupus.Api.Grpc.Privacy.V1.DataSubjectRequest;

namespace Groupus.Api.Privacy;

public sealed class PrivacyGrpcService(ISender sender) : PrivacyService.PrivacyServiceBase
{
    private const int ChunkSize = 64 * 1024;

    public override async Task<GetRecordsOfProcessingResponse> GetRecordsOfProcessing(GetRecordsOfProcessingRequest request, ServerCallContext context)
    {
        var report = (await sender.Send(new GetRecordsOfProcessingQuery(), context.CancellationToken)).OrThrow();
        return new GetRecordsOfProcessingResponse
        {
            GeneratedAt = report.GeneratedAtUtc.ToTimestamp(),
            Json = report.Json,
            Csv = report.Csv,
            JsonSha256 = report.JsonSha256,
            ActivityCount = report.ActivityCount,
            FieldCount = report.FieldCount,
        };
    }

    public override async Task<VerifyAuditLogResponse> VerifyAuditLog(VerifyAuditLogRequest request, ServerCallContext context)
    {
        var verification = (await sender.Send(new VerifyAuditLogQuery(), context.CancellationToken)).OrThrow();
        return new VerifyAuditLogResponse
        {
            Intact = verification.IsIntact,
            RowsChecked = verification.RowsChecked,
            HeadHash = verification.HeadHash,
            FirstBrokenSequence = verification.FirstBrokenSequence ?? 0,
            Problem = verification.IsIntact ? "" : verification.Problem.ToString().ToUpperInvariant(),
            Reason = verification.Reason ?? "",
        };
    }

    public override async Task<FindSubjectsResponse> FindSubjects(FindSubjectsRequest request, ServerCallContext context) =>
        (await sender.Send(new FindSubjectsQuery(request.Query.ToInput()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<CreateRequestResponse> CreateRequest(CreateRequestRequest request, ServerCallContext context)
    {
        var created = (await sender.Send(
            new CreateRequestCommand(
                request.SubjectId,
                PrivacyEnumMaps.DataSubjectRequestType.ToDomainOrUnset(request.Type),
                request.ReceivedAt.ToUtc(),
                request.Channel,
                request.NamedAs.ToInput(),
                request.Corrections,
                [.. request.Purposes],
                request.Notes.OrNull(),
                [.. request.AlsoSubjectIds]),
            context.CancellationToken)).OrThrow();
        return new CreateRequestResponse { Request = created.View.ToProto(), DuplicateOfActive = created.DuplicateOfActive };
    }

    public override async Task<ProtoRequest> GetRequest(GetRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new GetRequestQuery(request.RequestId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListRequestsResponse> ListRequests(ListRequestsRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListRequestsQuery([.. request.Statuses.Select(PrivacyEnumMaps.DataSubjectRequestStatus.ToDomainOrUnset)], PrivacyEnumMaps.RequestStandingFilter.ToDomainOrUnset(request.Standing), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListRequestsResponse { Requests = { page.Requests.Select(r => r.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override async Task<SendVerificationCodeResponse> SendVerificationCode(SendVerificationCodeRequest request, ServerCallContext context)
    {
        var sent = (await sender.Send(
            new SendVerificationCodeCommand(request.RequestId, PrivacyEnumMaps.SubjectIdentifierKind.ToDomainOrUnset(request.SendTo)), context.CancellationToken)).OrThrow();
        return new SendVerificationCodeResponse { ExpiresAt = sent.ExpiresAtUtc.ToTimestamp(), AttemptsAllowed = sent.AttemptsAllowed, SentTo = sent.SentToMasked };
    }

    public override async Task<ProtoRequest> VerifyIdentity(VerifyIdentityRequest request, ServerCallContext context) =>
        (await sender.Send(new VerifyIdentityCommand(request.RequestId, request.Code), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> PauseRequest(PauseRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new PauseRequestCommand(request.RequestId, request.Reason.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> ResumeRequest(ResumeRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new ResumeRequestCommand(request.RequestId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> ExtendRequest(ExtendRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new ExtendRequestCommand(request.RequestId, request.Days, request.Reason.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> LiftRestriction(LiftRestrictionRequest request, ServerCallContext context) =>
        (await sender.Send(new LiftRestrictionCommand(request.RequestId, request.Reason.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> RejectRequest(RejectRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new RejectRequestCommand(request.RequestId, request.Reason.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> RunRequest(RunRequestRequest request, ServerCallContext context) =>
        (await sender.Send(new RunRequestCommand(request.RequestId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ProtoRequest> CloseReferral(CloseReferralRequest request, ServerCallContext context) =>
        (await sender.Send(new CloseReferralCommand(request.RequestId, request.OrganisationId, request.Outcome.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<IssueExportDownloadResponse> IssueExportDownload(IssueExportDownloadRequest request, ServerCallContext context)
    {
        var issued = (await sender.Send(new IssueExportDownloadCommand(request.RequestId), context.CancellationToken)).OrThrow();
        return new IssueExportDownloadResponse { Token = issued.Token, ExpiresAt = issued.ExpiresAtUtc.ToTimestamp(), SizeBytes = issued.SizeBytes, Sha256 = issued.Sha256 };
    }

    public override async Task DownloadExport(DownloadExportRequest request, IServerStreamWriter<ExportChunk> responseStream, ServerCallContext context)
    {
        var file = (await sender.Send(new DownloadExportCommand(request.Token), context.CancellationToken)).OrThrow();
        for (var offset = 0; offset < file.Bytes.Length || offset == 0; offset += ChunkSize)
        {
            var chunk = new ExportChunk { Data = ByteString.CopyFrom(file.Bytes, offset, Math.Min(ChunkSize, file.Bytes.Length - offset)) };
            if (offset == 0)
            {
                chunk.FileName = file.FileName;
                chunk.TotalBytes = file.Bytes.LongLength;
                chunk.Sha256 = file.Sha256;
            }

            await responseStream.WriteAsync(chunk, context.CancellationToken);
            if (file.Bytes.Length == 0)
            {
                break;
            }
        }
    }

    public override async Task<GetExportSchemaResponse> GetExportSchema(GetExportSchemaRequest request, ServerCallContext context) =>
        new() { JsonSchema = (await sender.Send(new GetExportSchemaQuery(), context.CancellationToken)).OrThrow() };

    public override async Task<Groupus.Api.Grpc.Privacy.V1.ErasureCertificate> GetErasureCertificate(GetErasureCertificateRequest request, ServerCallContext context) =>
        (await sender.Send(new GetErasureCertificateQuery(request.RequestId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Groupus.Api.Grpc.Privacy.V1.LegalHold> PlaceLegalHold(PlaceLegalHoldRequest request, ServerCallContext context) =>
        (await sender.Send(new PlaceLegalHoldCommand(request.SubjectId, request.Reason.OrNull(), request.Reference.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Groupus.Api.Grpc.Privacy.V1.LegalHold> ReleaseLegalHold(ReleaseLegalHoldRequest request, ServerCallContext context) =>
        (await sender.Send(new ReleaseLegalHoldCommand(request.HoldId, request.Reason.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListLegalHoldsResponse> ListLegalHolds(ListLegalHoldsRequest request, ServerCallContext context)
    {
        var holds = (await sender.Send(new ListLegalHoldsQuery(request.SubjectId.OrNull(), request.IncludeReleased), context.CancellationToken)).OrThrow();
        return new ListLegalHoldsResponse { Holds = { holds.Select(h => h.ToProto()) } };
    }
}
