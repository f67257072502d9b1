using Groupus.Infrastructure.Security;

namespace Groupus.Api.Security;

/// <summary>Hands the authenticated principal (or the reason a token was refused) to the request's use cases.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser currentUser)
    {
        currentUser.SetFrom(context.User, context.Items[AuthenticationFailureDescriptions.HttpContextItemKey] as string);
        currentUser.Address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        return next(context);
    }
}
