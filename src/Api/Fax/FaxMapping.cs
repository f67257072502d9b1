using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Fax;
using Groupus.Application.Fax.Documents;
using DomainFax = Groupus.Domain.Fax;

namespace Groupus.Api.Fax;

/// <summary>Fax use-case results to and from the customer fax protos.</summary>
internal static class FaxMapping
{
    public static DomainFax.FaxResolution ToDomain(this FaxResolution resolution) =>
        resolution == FaxResolution.Fine ? DomainFax.FaxResolution.Fine : DomainFax.FaxResolution.Standard;

    public static FaxCoverPage? ToDomain(this CoverPage? cover) =>
        cover is null ? null : new FaxCoverPage(cover.From, cover.To, cover.Subject.OrNull(), cover.Note.OrNull());

    public static FaxFileFormat ToDomain(this DocumentFormat format) => format == DocumentFormat.Pdf ? FaxFileFormat.Pdf : FaxFileFormat.Tiff;

    public static FaxJob ToProto(this FaxJobDto job)
    {
        var proto = new FaxJob
        {
            JobId = job.Id.ToString(),
            OrganisationId = job.OrganisationId.ToString(),
            To = job.Destination,
            State = FaxEnumMaps.FaxJobState.ToProto(job.State),
            Priority = job.Priority,
            Resolution = job.Resolution == DomainFax.FaxResolution.Fine ? FaxResolution.Fine : FaxResolution.Standard,
            PageCount = job.PageCount,
            PagesConfirmed = job.PagesConfirmed,
            SubmittedAt = job.SubmittedAtUtc.ToTimestamp(),
            NotBefore = job.NotBeforeUtc.ToTimestamp(),
            CompletedAt = job.CompletedAtUtc.ToTimestamp(),
            Tries = job.Tries,
            MaxTries = job.MaxTries,
            Phase = FaxEnumMaps.FaxCallPhase.ToProto(job.Phase),
            CurrentPage = job.CurrentPage,
            RemoteId = job.RemoteId ?? "",
            LastErrorCode = job.LastErrorCode ?? "",
            LastError = job.LastError ?? "",
            SubmittedBy = job.SubmittedBy.ToString(),
            CallTime = Duration.FromTimeSpan(job.CallTime),
        };
        proto.Pages.AddRange(job.Pages.Select(p => new FaxPageRecord
        {
            PageNumber = p.PageNumber,
            Sent = p.Sent,
            Confirmed = p.Confirmed,
            BitRate = p.BitRate,
            Ecm = p.Ecm,
            Retries = p.Retries,
            Error = p.Error ?? "",
            ConfirmedAt = p.ConfirmedAtUtc.ToTimestamp(),
        }));
        proto.Attempts.AddRange(job.Attempts.Select(a => new FaxAttempt
        {
            Number = a.Number,
            StartedAt = a.StartedAtUtc.ToTimestamp(),
            EndedAt = a.EndedAtUtc.ToTimestamp(),
            Outcome = a.Outcome is { } outcome ? FaxEnumMaps.FaxCallOutcome.ToProto(outcome) : FaxCallOutcome.Unspecified,
            ErrorCode = a.ErrorCode ?? "",
            Detail = a.Detail ?? "",
            FirstPage = a.FirstPage,
            PagesConfirmed = a.PagesConfirmed,
        }));
        return proto;
    }

    public static ReceivedFax ToProto(this ReceivedFaxDto fax) => new()
    {
        FaxId = fax.Id.ToString(),
        OrganisationId = fax.OrganisationId?.ToString() ?? "",
        CalledNumber = fax.CalledNumber ?? "",
        RemoteId = fax.RemoteId ?? "",
        PageCount = fax.PageCount,
        ReceivedAt = fax.ReceivedAtUtc.ToTimestamp(),
        CallTime = Duration.FromTimeSpan(fax.CallTime),
        GatewayId = fax.GatewayId.ToString(),
        LineId = fax.LineId,
        BitRate = fax.BitRate,
        Ecm = fax.Ecm,
        SizeBytes = fax.SizeBytes,
    };

    public static ListFaxJobsResponse ToProto(this FaxJobList list)
    {
        var response = new ListFaxJobsResponse { NextPageToken = list.NextPageToken ?? "" };
        response.Jobs.AddRange(list.Jobs.Select(ToProto));
        return response;
    }

    public static ListReceivedFaxesResponse ToProto(this ReceivedFaxList list)
    {
        var response = new ListReceivedFaxesResponse { NextPageToken = list.NextPageToken ?? "" };
        response.Faxes.AddRange(list.Faxes.Select(ToProto));
        return response;
    }
}
