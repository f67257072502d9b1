using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Resellers;

internal sealed class AddResellerCommand : Command
{
    private readonly ResellerOptions details = new(required: true);

    public AddResellerCommand(CommandRunner runner)
        : base("add", "Register a reseller or distributor under its agreement")
    {
        foreach (var option in details.All)
        {
            Options.Add(option);
        }

        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var reseller = await client.Resellers.AddResellerAsync(new AddResellerRequest
            {
                Name = context.Get(details.Name),
                Kind = ResellerChoices.Kind.From(context.Get(details.Kind)),
                Address = details.Address(context, current: null),
                Email = context.Get(details.Email),
                Phone = context.Get(details.Phone),
                AgreementReference = context.Get(details.Agreement),
            });
            context.Output.Show(reseller, Say.Line($"Added {reseller.Name} under agreement {reseller.AgreementReference}."), ResellerTable.Of(reseller));
        });
    }
}
