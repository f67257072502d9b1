using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Identity.ChangePassword;

/// <summary>The caller changes their own password: staff or a customer's user.</summary>
[SignedIn]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result>;
