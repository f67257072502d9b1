using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Resellers;

internal sealed class UpdateResellerCommand : Command
{
    private readonly Option<string> reseller = new("--reseller") { Description = "The reseller's id", HelpName = "ID", Required = true };
    private readonly ResellerOptions details = new(required: false);
    private readonly Option<string> status = ResellerChoices.Status.Option("--status", "New status; terminated is final");

    public UpdateResellerCommand(CommandRunner runner)
        : base("update", "Change a reseller's details or status; what you leave out is kept")
    {
        Options.Add(reseller);
        foreach (var option in details.All)
        {
            Options.Add(option);
        }

        Options.Add(status);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var current = await client.Resellers.GetResellerAsync(new GetResellerRequest { ResellerId = context.Get(reseller) });
            var updated = await client.Resellers.UpdateResellerAsync(new UpdateResellerRequest
            {
                ResellerId = current.Id,
                Name = ResellerOptions.Pick(context, details.Name, current.Name),
                Kind = context.ParseResult.GetValue(details.Kind) is { } kind ? ResellerChoices.Kind.From(kind) : current.Kind,
                Address = details.Address(context, current.Address),
                Email = ResellerOptions.Pick(context, details.Email, current.Email),
                Phone = ResellerOptions.Pick(context, details.Phone, current.Phone),
                AgreementReference = ResellerOptions.Pick(context, details.Agreement, current.AgreementReference),
                Status = context.ParseResult.GetValue(status) is { } word ? ResellerChoices.Status.From(word) : current.Status,
                ExpectedVersion = current.Version,
            });
            context.Output.Show(updated, Say.Line($"Updated {updated.Name}."), ResellerTable.Of(updated));
        });
    }
}
