using System.CommandLine;
using System.Globalization;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class VerifyRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();
    private readonly Option<string> sendTo = PrivacyChoices.SendTo.Option("--send-to", "Send a one-time code to the contact the request named");
    private readonly Option<string> code = new("--code") { Description = "The code the person read back", HelpName = "CODE" };

    public VerifyRequestCommand(CommandRunner runner)
        : base("verify", "Check the person's identity: first --send-to email|phone, then --code with what they read back (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        Options.Add(sendTo);
        Options.Add(code);
        runner.SetAction(this, async context =>
        {
            var id = context.Get(requestId);
            var to = context.ParseResult.GetValue(sendTo);
            var given = context.ParseResult.GetValue(code);
            if ((to is null) == (given is null))
            {
                throw CliFailure.Usage("Give either --send-to email|phone (to send a code) or --code CODE (to check it).");
            }

            using var client = context.ConnectAsStaff();
            if (to is not null)
            {
                var sent = await client.Privacy.SendVerificationCodeAsync(new SendVerificationCodeRequest { RequestId = id, SendTo = PrivacyChoices.SendTo.From(to) });
                context.Output.Show(sent, Say.Line(string.Create(CultureInfo.InvariantCulture,
                    $"Sent a code to {sent.SentTo}; it expires at {context.Time.Full(sent.ExpiresAt)} and allows {sent.AttemptsAllowed} attempts. Then: groupus privacy requests verify {id} --code CODE")));
                return;
            }

            var verified = await client.Privacy.VerifyIdentityAsync(new VerifyIdentityRequest { RequestId = id, Code = given!.Trim() });
            context.Output.Show(verified, Say.Line($"Identity verified for request {verified.Id}. Next: groupus privacy requests run {verified.Id}"));
        });
    }
}
