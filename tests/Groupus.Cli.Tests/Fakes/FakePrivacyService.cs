using Grpc.Core;
using Groupus.Api.Grpc.Privacy.V1;

namespace Groupus.Cli.Tests.Fakes;

public sealed class FakePrivacyService(FakeBackend backend) : PrivacyService.PrivacyServiceBase
{
    public override Task<FindSubjectsResponse> FindSubjects(FindSubjectsRequest request, ServerCallContext context) =>
        backend.Answer<FindSubjectsRequest, FindSubjectsResponse>(request, context);

    public override Task<CreateRequestResponse> CreateRequest(CreateRequestRequest request, ServerCallContext context) =>
        backend.Answer<CreateRequestRequest, CreateRequestResponse>(request, context);

    public override Task<DataSubjectRequest> GetRequest(GetRequestRequest request, ServerCallContext context) =>
        backend.Answer<GetRequestRequest, DataSubjectRequest>(request, context);

    public override Task<ListRequestsResponse> ListRequests(ListRequestsRequest request, ServerCallContext context) =>
        backend.Answer<ListRequestsRequest, ListRequestsResponse>(request, context);

    public override Task<SendVerificationCodeResponse> SendVerificationCode(SendVerificationCodeRequest request, ServerCallContext context) =>
        backend.Answer<SendVerificationCodeRequest, SendVerificationCodeResponse>(request, context);

    public override Task<DataSubjectRequest> VerifyIdentity(VerifyIdentityRequest request, ServerCallContext context) =>
        backend.Answer<VerifyIdentityRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> PauseRequest(PauseRequestRequest request, ServerCallContext context) =>
        backend.Answer<PauseRequestRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> ResumeRequest(ResumeRequestRequest request, ServerCallContext context) =>
        backend.Answer<ResumeRequestRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> ExtendRequest(ExtendRequestRequest request, ServerCallContext context) =>
        backend.Answer<ExtendRequestRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> RejectRequest(RejectRequestRequest request, ServerCallContext context) =>
        backend.Answer<RejectRequestRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> LiftRestriction(LiftRestrictionRequest request, ServerCallContext context) =>
        backend.Answer<LiftRestrictionRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> RunRequest(RunRequestRequest request, ServerCallContext context) =>
        backend.Answer<RunRequestRequest, DataSubjectRequest>(request, context);

    public override Task<DataSubjectRequest> CloseReferral(CloseReferralRequest request, ServerCallContext context) =>
        backend.Answer<CloseReferralRequest, DataSubjectRequest>(request, context);

    public override Task<IssueExportDownloadResponse> IssueExportDownload(IssueExportDownloadRequest request, ServerCallContext context) =>
        backend.Answer<IssueExportDownloadRequest, IssueExportDownloadResponse>(request, context);

    public override Task<GetExportSchemaResponse> GetExportSchema(GetExportSchemaRequest request, ServerCallContext context) =>
        backend.Answer<GetExportSchemaRequest, GetExportSchemaResponse>(request, context);

    public override Task<ErasureCertificate> GetErasureCertificate(GetErasureCertificateRequest request, ServerCallContext context) =>
        backend.Answer<GetErasureCertificateRequest, ErasureCertificate>(request, context);

    public override Task<LegalHold> PlaceLegalHold(PlaceLegalHoldRequest request, ServerCallContext context) =>
        backend.Answer<PlaceLegalHoldRequest, LegalHold>(request, context);

    public override Task<LegalHold> ReleaseLegalHold(ReleaseLegalHoldRequest request, ServerCallContext context) =>
        backend.Answer<ReleaseLegalHoldRequest, LegalHold>(request, context);

    public override Task<ListLegalHoldsResponse> ListLegalHolds(ListLegalHoldsRequest request, ServerCallContext context) =>
        backend.Answer<ListLegalHoldsRequest, ListLegalHoldsResponse>(request, context);

    public override Task<GetRecordsOfProcessingResponse> GetRecordsOfProcessing(GetRecordsOfProcessingRequest request, ServerCallContext context) =>
        backend.Answer<GetRecordsOfProcessingRequest, GetRecordsOfProcessingResponse>(request, context);

    public override Task<VerifyAuditLogResponse> VerifyAuditLog(VerifyAuditLogRequest request, ServerCallContext context) =>
        backend.Answer<VerifyAuditLogRequest, VerifyAuditLogResponse>(request, context);

    public override Task DownloadExport(DownloadExportRequest request, IServerStreamWriter<ExportChunk> responseStream, ServerCallContext context) =>
        backend.Stream(request, responseStream, context);
}
