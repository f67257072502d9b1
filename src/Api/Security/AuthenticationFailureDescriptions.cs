using Microsoft.IdentityModel.Tokens;

namespace Groupus.Api.Security;

/// <summary>Tells a caller precisely why their token was refused, without echoing the token.</summary>
public static class AuthenticationFailureDescriptions
{
    public const string HttpContextItemKey = "groupus.authentication-failure";

    public static string Describe(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "Your access token has expired; log in again.",
        SecurityTokenNotYetValidException => "Your access token is not valid yet; check this machine's clock.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "Your access token was not signed by this server (or its key was retired); log in again.",
        SecurityTokenMalformedException or ArgumentException => "The access token is malformed; log in again.",
        SecurityTokenInvalidAudienceException or SecurityTokenInvalidIssuerException => "The access token was issued for another service.",
        _ => "The access token was refused; log in again.",
    };
}
