using System.CommandLine;
using Groupus.Api.Grpc.Communications.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Mail;

internal sealed class MailStatusCommand : Command
{
    private readonly Option<string> message = new("--message") { Description = "Only this e-mail", HelpName = "ID" };
    private readonly Option<string> state = MailChoices.State.Option("--state", "Only e-mail in this state");
    private readonly Option<int?> pageSize = NumberOptions.Positive("--page-size", "E-mails per page [default: the server's]");
    private readonly Option<string> pageToken = new("--page-token") { Description = "Continue from a previous page", HelpName = "TOKEN" };
    private readonly Option<bool> all = new("--all") { Description = "Fetch every page, not just the first" };

    public MailStatusCommand(CommandRunner runner)
        : base("status", "E-mails and where they stand with the mail server, newest first")
    {
        Options.Add(message);
        Options.Add(state);
        Options.Add(pageSize);
        Options.Add(pageToken);
        Options.Add(all);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new ListMailRequest
            {
                MailId = context.TextOrEmpty(message),
                Status = MailChoices.State.From(context.ParseResult.GetValue(state)),
                PageSize = context.Get(pageSize) ?? 0,
                PageToken = context.TextOrEmpty(pageToken),
            };
            var response = await PageFollower.ReadAsync(
                async () => await client.Mail.ListMailAsync(request),
                page => page.NextPageToken,
                token => request.PageToken = token,
                (gathered, page) =>
                {
                    gathered.Mail.AddRange(page.Mail);
                    gathered.NextPageToken = page.NextPageToken;
                },
                context.Get(all));
            IRenderable[] forPeople = response.NextPageToken.Length == 0
                ? [MailTable.Of(response.Mail)]
                :
                [
                    MailTable.Of(response.Mail),
                    Say.Line($"More e-mail matches: add --all, or --page-token {response.NextPageToken} for the next page."),
                ];
            context.Output.Show(response, forPeople);
        });
    }
}
