using Groupus.Api.Grpc.Auth.V1;
using Groupus.TestSupport.Processes;
using Grpc.Core;

namespace Groupus.EndToEndTests.Support;

/// <summary>Signing in to the core process as its first-run admin.</summary>
internal static class CoreSignIn
{
    public const string StrongPassword = "correct horse battery staple";

    /// <summary>Signs the first-run admin in (setting a new password with the one-time one the first time).</summary>
    public static async Task<Session> AdminAsync(this CoreProcess core)
    {
        var auth = new AuthService.AuthServiceClient(core.Channel);
        LoginResponse login;
        try
        {
            login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = StrongPassword });
        }
        catch (RpcException)
        {
            login = await auth.LoginAsync(new LoginRequest { Username = "admin", Password = core.InitialAdminPassword(), NewPassword = StrongPassword });
        }

        return new Session(core.Channel, login.AccessToken, string.Empty);
    }
}
