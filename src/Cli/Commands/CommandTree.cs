using System.CommandLine;
using Groupus.Cli.Commands.Auth;
using Groupus.Cli.Commands.Marketing;
using Groupus.Cli.Commands.Notifications;
using Groupus.Cli.Commands.Password;
using Groupus.Cli.Commands.Prospects;
using Groupus.Cli.Commands.Resellers;
using Groupus.Cli.Commands.Staff;
using Groupus.Cli.Commands.Visitors;

namespace Groupus.Cli.Commands;

internal static class CommandTree
{
    public static RootCommand Build(CliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var runner = new CommandRunner(environment, globals);
        var root = new RootCommand("groupus: the Groupus staff command-line tool")
        {
            new LoginCommand(runner),
            new LogoutCommand(runner),
            new WhoAmICommand(runner),
            new Command("password", "Your password") { new ChangePasswordCommand(runner) },
            new Command("staff", "Staff accounts")
            {
                new CreateStaffCommand(runner),
                new ListStaffCommand(runner),
                new UnlockStaffCommand(runner),
            },
            new Command("visitors", "The office visitor log")
            {
                new PreRegisterCommand(runner),
                new ExpectedCommand(runner),
                new SignInCommand(runner),
                new SignOutCommand(runner),
                new OnSiteCommand(runner),
                new RollCallCommand(runner),
                new HistoryCommand(runner),
                new RetentionRunsCommand(runner),
            },
            new Command("notifications", "Notifications addressed to you") { new ListNotificationsCommand(runner) },
            new Command("prospects", "Sales enquiries and quote requests")
            {
                new AddProspectCommand(runner),
                new ListProspectsCommand(runner),
                new ShowProspectCommand(runner),
                new FollowUpProspectCommand(runner),
            },
            new Command("marketing", "Marketing subscriptions and the consent behind them")
            {
                new SubscribeCommand(runner),
                new UnsubscribeCommand(runner),
                new SubscriptionStatusCommand(runner),
            },
            new Command("resellers", "Resellers and distributors")
            {
                new AddResellerCommand(runner),
                new ListResellersCommand(runner),
                new UpdateResellerCommand(runner),
            },
        };
        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        return root;
    }
}
