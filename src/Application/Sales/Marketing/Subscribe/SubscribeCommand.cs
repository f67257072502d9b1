using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Sales.Marketing.Subscribe;

/// <summary>
/// The public website's marketing sign-up form: no sign-in; the method is always the web form. The answer is the same
/// whether or not the address was already subscribed, so the form reveals nobody's subscription. (A confirmation e-mail
/// for double opt-in is the mailer's job, not done here.)
/// </summary>
[Anonymous]
public sealed record SubscribeCommand(string Email, string? Name, string NoticeVersion, string Wording) : ICommand<Result<SubscriptionReceipt>>;
