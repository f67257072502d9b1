using System.CommandLine;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Notifications;

internal sealed class ListNotificationsCommand : Command
{
    private readonly Option<int?> limit = NumberOptions.Positive("--limit", "At most this many, newest first [default: the server's]");

    public ListNotificationsCommand(CommandRunner runner)
        : base("list", "List the notifications addressed to you, newest first")
    {
        Options.Add(limit);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var response = await client.Notifications.ListMyNotificationsAsync(new ListMyNotificationsRequest { Limit = context.Get(limit) ?? 0 });
            context.Output.Show(response, NotificationTable.Of(response.Notifications, context.Time));
        });
    }
}
