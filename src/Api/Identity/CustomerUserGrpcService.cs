using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Identity.CustomerUsers.CreateCustomerUser;
using Groupus.Application.Identity.CustomerUsers.IssuePasswordResetToken;
using Groupus.Application.Identity.CustomerUsers.ListCustomerUsers;
using Groupus.Application.Identity.CustomerUsers.UnlockCustomerUser;
using Groupus.Application.Identity.CustomerUsers.UpdateCustomerUser;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Identity;

public sealed class CustomerUserGrpcService(ISender sender) : CustomerUserService.CustomerUserServiceBase
{
    public override async Task<CustomerUser> CreateCustomerUser(CreateCustomerUserRequest request, ServerCallContext context) =>
        (await sender.Send(
            new CreateCustomerUserCommand(request.OrganisationId.OrNull(), request.Username, request.DisplayName, request.WorkEmail,
                request.WorkPhone.OrNull(), request.Role, request.InitialPassword),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListCustomerUsersResponse> ListCustomerUsers(ListCustomerUsersRequest request, ServerCallContext context)
    {
        var users = (await sender.Send(new ListCustomerUsersQuery(request.OrganisationId.OrNull()), context.CancellationToken)).OrThrow();
        return new ListCustomerUsersResponse { Users = { users.Select(u => u.ToProto()) } };
    }

    public override async Task<CustomerUser> UpdateCustomerUser(UpdateCustomerUserRequest request, ServerCallContext context) =>
        (await sender.Send(
            new UpdateCustomerUserCommand(request.UserId, request.DisplayName, request.WorkEmail, request.WorkPhone.OrNull(), request.Role,
                request.HasExpectedVersion ? request.ExpectedVersion : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<IssuePasswordResetTokenResponse> IssuePasswordResetToken(IssuePasswordResetTokenRequest request, ServerCallContext context)
    {
        var token = (await sender.Send(new IssuePasswordResetTokenCommand(request.UserId), context.CancellationToken)).OrThrow();
        return new IssuePasswordResetTokenResponse { Token = token.Token, ExpiresAt = token.ExpiresAtUtc.ToTimestamp() };
    }

    public override async Task<CustomerUser> UnlockCustomerUser(UnlockCustomerUserRequest request, ServerCallContext context) =>
        (await sender.Send(new UnlockCustomerUserCommand(request.UserId), context.CancellationToken)).OrThrow().ToProto();
}
