using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Sales.Marketing.Unsubscribe;

/// <summary>
/// The unsubscribe link in a marketing e-mail: no sign-in, the token is the authority. Idempotent: a second click
/// succeeds and says it was already done. A token the server did not issue is INVALID_ARGUMENT and changes nothing.
/// </summary>
[Anonymous]
public sealed record UnsubscribeCommand(string Token) : ICommand<Result<UnsubscribeOutcome>>;
