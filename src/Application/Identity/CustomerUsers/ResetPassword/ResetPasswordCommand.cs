using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.CustomerUsers.ResetPassword;

/// <summary>Redeems a reset token (once, before it expires) to set a new password; no sign-in needed.</summary>
[Anonymous]
public sealed record ResetPasswordCommand(string Token, string NewPassword) : ICommand<Result>;
