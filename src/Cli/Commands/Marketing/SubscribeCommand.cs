using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Marketing;

internal sealed class SubscribeCommand : Command
{
    private readonly Option<string> email = new("--email") { Description = "The person's e-mail address", Required = true };
    private readonly Option<string> name = new("--name") { Description = "The person's name" };
    private readonly Option<string> method = MarketingChoices.StaffMethod.Option("--method", "How they gave consent", required: true);
    private readonly Option<string> noticeVersion = new("--notice-version") { Description = "The privacy notice version they were told of, e.g. 2026-01", Required = true, HelpName = "VERSION" };
    private readonly Option<string> wording = new("--wording") { Description = "The exact words they agreed to", Required = true, HelpName = "TEXT" };

    public SubscribeCommand(CommandRunner runner)
        : base("subscribe", "Record marketing consent given to you (re-subscribing someone records fresh consent)")
    {
        Options.Add(email);
        Options.Add(name);
        Options.Add(method);
        Options.Add(noticeVersion);
        Options.Add(wording);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var subscription = await client.Marketing.RecordConsentAsync(new RecordConsentRequest
            {
                Email = context.Get(email),
                Name = context.TextOrEmpty(name),
                Method = MarketingChoices.StaffMethod.From(context.Get(method)),
                NoticeVersion = context.Get(noticeVersion),
                Wording = context.Get(wording),
            });
            context.Output.Show(subscription, [Say.Line("Consent recorded."), .. SubscriptionTable.Of(subscription, context.Time)]);
        });
    }
}
