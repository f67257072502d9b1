using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal sealed class AssignNumberCommand : Command
{
    private readonly Option<string> organisation = NumberArguments.Organisation();
    private readonly Option<string> number = new("--number") { Description = "The number to assign, e.g. 020 7946 0000", HelpName = "NUMBER" };
    private readonly Option<string> first = new("--first") { Description = "The first number of a consecutive range", HelpName = "NUMBER" };
    private readonly Option<int?> count = Input.NumberOptions.Positive("--count", "How many consecutive numbers from --first (at most 10000)");
    private readonly Option<string> purpose = NumberArguments.Purpose(required: true);
    private readonly Option<string> label = new("--label") { Description = "The customer's name for the number(s), e.g. Reception" };

    public AssignNumberCommand(CommandRunner runner)
        : base("assign", "Assign a number (--number) or a range (--first, --count) to an organisation (admin, support)")
    {
        Options.Add(organisation);
        Options.Add(number);
        Options.Add(first);
        Options.Add(count);
        Options.Add(purpose);
        Options.Add(label);
        Validators.Add(RequireNumberOrRange);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var purposeValue = NumberArguments.ToProto(context.Get(purpose));
            if (context.ParseResult.GetValue(number) is { } single)
            {
                var assigned = await client.Numbers.AssignNumberAsync(new AssignNumberRequest
                {
                    OrganisationId = context.Get(organisation), Number = single, Purpose = purposeValue, Label = context.TextOrEmpty(label),
                });
                context.Output.Show(assigned, Say.Line($"Assigned {assigned.Number}."), NumberTable.Of(assigned));
                return;
            }

            var range = await client.Numbers.AssignNumberRangeAsync(new AssignNumberRangeRequest
            {
                OrganisationId = context.Get(organisation), FirstNumber = context.Get(first), Count = context.Get(count)!.Value,
                Purpose = purposeValue, Label = context.TextOrEmpty(label),
            });
            context.Output.Show(range, Say.Line($"Assigned {range.Count} numbers, {range.FirstNumber} to {range.LastNumber}."));
        });
    }

    private void RequireNumberOrRange(CommandResult result)
    {
        var single = result.GetResult(number) is not null;
        var range = result.GetResult(first) is not null || result.GetResult(count) is not null;
        if (single == range)
        {
            result.AddError("Give either --number, or --first and --count for a range.");
        }
        else if (range && (result.GetResult(first) is null || result.GetResult(count) is null))
        {
            result.AddError("A range needs both --first and --count.");
        }
    }
}
