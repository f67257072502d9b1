using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>privacy requests referral close: records a customer organisation's answer to the part of a request referred to it.</summary>
internal sealed class ReferralCommands : Command
{
    public ReferralCommands(CommandRunner runner)
        : base("referral", "Referrals: data a customer organisation controls, whose part of the request is theirs to answer")
    {
        Subcommands.Add(Close(runner));
    }

    private static Command Close(CommandRunner runner)
    {
        var requestId = PrivacyArguments.RequestId();
        var organisation = new Option<string>("--organisation") { Description = "The customer organisation the part was referred to (its id, as the request shows it)", Required = true, HelpName = "ID" };
        var outcome = new Option<string>("--outcome") { Description = "What the customer told us they did (no personal data)", Required = true, HelpName = "TEXT" };
        var command = new Command("close", "Record the customer's answer; closing the last referral completes the request (privacy-officer, admin)") { requestId, organisation, outcome };
        runner.SetAction(command, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.CloseReferralAsync(new CloseReferralRequest
            {
                RequestId = context.Get(requestId),
                OrganisationId = context.Get(organisation),
                Outcome = context.Get(outcome),
            });
            var said = request switch
            {
                { Status: RequestStatus.Completed, Type: RequestType.Erasure } =>
                    $"Referral closed; request {request.Id} is completed. The certificate: groupus privacy requests certificate {request.Id}",
                { Status: RequestStatus.Completed } => $"Referral closed; request {request.Id} is completed.",
                _ => $"Referral closed; request {request.Id} is {RequestView.StatusOf(request)} (other referrals or steps remain).",
            };
            IRenderable[] forPeople = [Say.Line(said), .. RequestView.Of(request, context.Time).Skip(1)];
            context.Output.Show(request, forPeople);
        });
        return command;
    }
}
