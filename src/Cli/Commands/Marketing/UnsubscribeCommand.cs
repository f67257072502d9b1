using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Marketing;

internal sealed class UnsubscribeCommand : Command
{
    private readonly Option<string> token = new("--token") { Description = "The token from the e-mail's unsubscribe link (no login needed)", HelpName = "TOKEN" };
    private readonly Option<string> email = new("--email") { Description = "Record a withdrawal told to you for this address (staff)" };
    private readonly Option<string> method = MarketingChoices.StaffMethod.Option("--method", "With --email: how they withdrew");

    public UnsubscribeCommand(CommandRunner runner)
        : base("unsubscribe", "Withdraw marketing consent: with --token as the e-mail link does, or with --email and --method for one told to you")
    {
        Options.Add(token);
        Options.Add(email);
        Options.Add(method);
        Validators.Add(result =>
        {
            if ((result.GetResult(token) is null) == (result.GetResult(email) is null))
            {
                result.AddError("Give exactly one of --token TOKEN or --email ADDRESS.");
            }
            else if (result.GetResult(email) is not null && result.GetResult(method) is null)
            {
                result.AddError("--email needs --method (how they withdrew).");
            }
            else if (result.GetResult(token) is not null && result.GetResult(method) is not null)
            {
                result.AddError("--method goes with --email, not --token.");
            }
        });
        runner.SetAction(this, async context =>
        {
            if (context.ParseResult.GetValue(token) is { } linkToken)
            {
                using var anonymous = context.ConnectAnonymously();
                var outcome = await anonymous.Marketing.UnsubscribeAsync(new UnsubscribeRequest { Token = linkToken });
                context.Output.Show(outcome, Say.Line(outcome.AlreadyUnsubscribed
                    ? $"Already unsubscribed (since {context.Time.Short(outcome.UnsubscribedAt)}); nothing changed."
                    : "Unsubscribed."));
                return;
            }

            using var client = context.ConnectAsStaff();
            var subscription = await client.Marketing.RecordWithdrawalAsync(new RecordWithdrawalRequest
            {
                Email = context.Get(email),
                Method = MarketingChoices.StaffMethod.From(context.Get(method)),
            });
            context.Output.Show(subscription, [Say.Line("Withdrawal recorded."), .. SubscriptionTable.Of(subscription, context.Time)]);
        });
    }
}
