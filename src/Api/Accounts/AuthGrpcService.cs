using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Accounts.ChangePassword;
using Groupus.Application.Accounts.Login;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Accounts;

public sealed class AuthGrpcService(ISender sender) : AuthService.AuthServiceBase
{
    public override async Task<LoginResponse> Login(LoginRequest request, ServerCallContext context)
    {
        var login = (await sender.Send(new LoginCommand(request.Username, request.Password, request.NewPassword.OrNull()), context.CancellationToken)).OrThrow();
        return new LoginResponse
        {
            AccessToken = login.AccessToken.Token,
            ExpiresAt = login.AccessToken.ExpiresAtUtc.ToTimestamp(),
            Username = login.Username,
            Roles = { login.Roles },
        };
    }

    public override async Task<ChangePasswordResponse> ChangePassword(ChangePasswordRequest request, ServerCallContext context)
    {
        (await sender.Send(new ChangePasswordCommand(request.CurrentPassword, request.NewPassword), context.CancellationToken)).OrThrow();
        return new ChangePasswordResponse();
    }
}
