using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Accounts.ChangePassword;

[AnyStaff]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result>;
