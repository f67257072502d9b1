using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Identity.ChangePassword;
using Groupus.Application.Identity.CustomerUsers.CustomerLogin;
using Groupus.Application.Identity.CustomerUsers.ResetPassword;
using Groupus.Application.Identity.Gateways.AuthenticateGateway;
using Groupus.Application.Identity.Login;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Identity;

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

    public override async Task<CustomerLoginResponse> LoginCustomer(LoginRequest request, ServerCallContext context)
    {
        var login = (await sender.Send(new CustomerLoginCommand(request.OrganisationId.OrNull(), request.Username, request.Password, request.NewPassword.OrNull()), context.CancellationToken)).OrThrow();
        return new CustomerLoginResponse
        {
            AccessToken = login.AccessToken.Token,
            ExpiresAt = login.AccessToken.ExpiresAtUtc.ToTimestamp(),
            Username = login.Username,
            OrganisationId = login.OrganisationId.ToString(),
            Role = login.Role,
        };
    }

    public override async Task<ResetPasswordResponse> ResetPassword(ResetPasswordRequest request, ServerCallContext context)
    {
        (await sender.Send(new ResetPasswordCommand(request.Token, request.NewPassword), context.CancellationToken)).OrThrow();
        return new ResetPasswordResponse();
    }

    public override async Task<AuthenticateGatewayResponse> AuthenticateGateway(AuthenticateGatewayRequest request, ServerCallContext context)
    {
        var token = (await sender.Send(new AuthenticateGatewayCommand(request.GatewayId, request.Secret), context.CancellationToken)).OrThrow();
        return new AuthenticateGatewayResponse { AccessToken = token.Token, ExpiresAt = token.ExpiresAtUtc.ToTimestamp() };
    }

    public override async Task<ChangePasswordResponse> ChangePassword(ChangePasswordRequest request, ServerCallContext context)
    {
        (await sender.Send(new ChangePasswordCommand(request.CurrentPassword, request.NewPassword), context.CancellationToken)).OrThrow();
        return new ChangePasswordResponse();
    }
}
