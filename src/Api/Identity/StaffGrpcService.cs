using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Identity.CreateStaffMember;
using Groupus.Application.Identity.ListStaff;
using Groupus.Application.Identity.UnlockStaffMember;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Identity;

public sealed class StaffGrpcService(ISender sender) : StaffService.StaffServiceBase
{
    public override async Task<StaffMember> CreateStaffMember(CreateStaffMemberRequest request, ServerCallContext context) =>
        (await sender.Send(
            new CreateStaffMemberCommand(request.Username, request.DisplayName, [.. request.Roles], request.InitialPassword),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListStaffResponse> ListStaff(ListStaffRequest request, ServerCallContext context)
    {
        var staff = (await sender.Send(new ListStaffQuery(), context.CancellationToken)).OrThrow();
        return new ListStaffResponse { Staff = { staff.Select(s => s.ToProto()) } };
    }

    public override async Task<StaffMember> UnlockStaffMember(UnlockStaffMemberRequest request, ServerCallContext context) =>
        (await sender.Send(new UnlockStaffMemberCommand(request.Username), context.CancellationToken)).OrThrow().ToProto();
}
