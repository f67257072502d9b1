using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Cli.Commands.Marketing;

internal sealed class SubscriptionStatusCommand : Command
{
    private readonly Option<string> email = new("--email") { Description = "The subscriber's e-mail address", Required = true };

    public SubscriptionStatusCommand(CommandRunner runner)
        : base("status", "An address's subscription status, its consent history and its unsubscribe token")
    {
        Options.Add(email);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var subscription = await client.Marketing.GetSubscriptionAsync(new GetSubscriptionRequest { Email = context.Get(email) });
            context.Output.Show(subscription, SubscriptionTable.Of(subscription, context.Time));
        });
    }
}
