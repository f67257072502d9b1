using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Numbering.ActivateNumber;
using Groupus.Application.Numbering.AssignNumber;
using Groupus.Application.Numbering.AssignNumberRange;
using Groupus.Application.Numbering.ChangeNumberPurpose;
using Groupus.Application.Numbering.GetNumber;
using Groupus.Application.Numbering.ListNumbers;
using Groupus.Application.Numbering.RecordEmergencyAddressOutcome;
using Groupus.Application.Numbering.ReleaseNumber;
using Groupus.Application.Numbering.SetEmergencyAddress;
using Groupus.Application.Numbering.SubmitEmergencyAddress;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Numbering;

public sealed class NumberGrpcService(ISender sender) : NumberService.NumberServiceBase
{
    public override async Task<PhoneNumber> AssignNumber(AssignNumberRequest request, ServerCallContext context) =>
        (await sender.Send(
            new AssignNumberCommand(request.OrganisationId, request.Number, request.Purpose.ToDomain(), request.Label.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<AssignNumberRangeResponse> AssignNumberRange(AssignNumberRangeRequest request, ServerCallContext context) =>
        (await sender.Send(
            new AssignNumberRangeCommand(request.OrganisationId, request.FirstNumber, request.Count, request.Purpose.ToDomain(), request.Label.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListNumbersResponse> ListNumbers(ListNumbersRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new ListNumbersQuery(request.OrganisationId.OrNull(), request.Purpose.ToDomain(), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return new ListNumbersResponse { Numbers = { page.Numbers.Select(n => n.ToProto()) }, NextPageToken = page.NextPageToken ?? "" };
    }

    public override async Task<PhoneNumber> GetNumber(GetNumberRequest request, ServerCallContext context) =>
        (await sender.Send(new GetNumberQuery(request.NumberId.OrNull(), request.Number.OrNull()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> ReleaseNumber(ReleaseNumberRequest request, ServerCallContext context) =>
        (await sender.Send(
            new ReleaseNumberCommand(request.NumberId, request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> ChangeNumberPurpose(ChangeNumberPurposeRequest request, ServerCallContext context) =>
        (await sender.Send(
            new ChangeNumberPurposeCommand(request.NumberId, request.Purpose.ToDomain(), request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> SetEmergencyAddress(SetEmergencyAddressRequest request, ServerCallContext context) =>
        (await sender.Send(
            new SetEmergencyAddressCommand(request.NumberId, request.Address.ToInput(), request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> SubmitEmergencyAddress(SubmitEmergencyAddressRequest request, ServerCallContext context) =>
        (await sender.Send(new SubmitEmergencyAddressCommand(request.NumberId), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> RecordEmergencyAddressOutcome(RecordEmergencyAddressOutcomeRequest request, ServerCallContext context) =>
        (await sender.Send(
            new RecordEmergencyAddressOutcomeCommand(request.NumberId, request.Outcome.ToApplication(), request.FailureReason.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<PhoneNumber> ActivateNumber(ActivateNumberRequest request, ServerCallContext context) =>
        (await sender.Send(new ActivateNumberCommand(request.NumberId), context.CancellationToken)).OrThrow().ToProto();
}
