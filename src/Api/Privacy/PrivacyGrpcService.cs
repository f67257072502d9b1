using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Application.Privacy.GetRecordsOfProcessing;
using Groupus.Application.Privacy.VerifyAuditLog;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Privacy;

public sealed class PrivacyGrpcService(ISender sender) : PrivacyService.PrivacyServiceBase
{
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
}
