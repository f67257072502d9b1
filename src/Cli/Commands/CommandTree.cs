using System.CommandLine;
using Groupus.Cli.Commands.Auth;
using Groupus.Cli.Commands.Fax;
using Groupus.Cli.Commands.Gateways;
using Groupus.Cli.Commands.Marketing;
using Groupus.Cli.Commands.Mail;
using Groupus.Cli.Commands.Notifications;
using Groupus.Cli.Commands.Numbers;
using Groupus.Cli.Commands.Organisations;
using Groupus.Cli.Commands.Password;
using Groupus.Cli.Commands.Privacy;
using Groupus.Cli.Commands.Prospects;
using Groupus.Cli.Commands.Resellers;
using Groupus.Cli.Commands.ServiceConfig;
using Groupus.Cli.Commands.Staff;
using Groupus.Cli.Commands.Users;
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
            new Command("password", "Your password") { new ChangePasswordCommand(runner), new ResetPasswordCommand(runner) },
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
            new Command("mail", "E-mail sent to the mail server") { new MailStatusCommand(runner) },
            new Command("orgs", "Customer organisations")
            {
                new RegisterOrganisationCommand(runner),
                new ListOrganisationsCommand(runner),
                new ShowOrganisationCommand(runner),
                new UpdateOrganisationCommand(runner),
                new ChangeOrganisationStatusCommand(runner),
            },
            new Command("users", "The users of customer organisations")
            {
                new CreateUserCommand(runner),
                new ListUsersCommand(runner),
                new ResetTokenCommand(runner),
                new UnlockUserCommand(runner),
            },
            new Command("gateways", "Fax gateway machine credentials")
            {
                new IssueGatewayCommand(runner),
                new ListGatewaysCommand(runner),
                new RevokeGatewayCommand(runner),
            },
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
            new Command("numbers", "Telephone numbers (DIDs) and their emergency-services addresses")
            {
                new AssignNumberCommand(runner),
                new ListNumbersCommand(runner),
                new ShowNumberCommand(runner),
                new ReleaseNumberCommand(runner),
                new ChangePurposeCommand(runner),
                new SetAddressCommand(runner),
                new RegisterAddressCommand(runner),
                new ActivateNumberCommand(runner),
            },
            new Command("service-config", "Organisations' versioned service configuration")
            {
                new ShowServiceConfigCommand(runner),
                new SaveServiceConfigCommand(runner),
                new ServiceConfigHistoryCommand(runner),
            },
            new Command("fax", "Faxes: send and follow them, and the faxes your organisation received")
            {
                new SendFaxCommand(runner),
                new WatchFaxCommand(runner),
                new FaxStatusCommand(runner),
                new ListFaxJobsCommand(runner),
                new CancelFaxCommand(runner),
                new ResendFaxCommand(runner),
                new DownloadFaxCommand(runner),
                new Command("received", "Faxes received by an organisation")
                {
                    new ListReceivedFaxesCommand(runner),
                    new DownloadReceivedFaxCommand(runner),
                },
                new ListUnroutedFaxesCommand(runner),
                new RouteReceivedFaxCommand(runner),
            },
            PrivacyCommands.Build(runner),
        };
        foreach (var option in globals.All)
        {
            root.Options.Add(option);
        }

        return root;
    }
}
