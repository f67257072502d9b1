using System.CommandLine;
using System.CommandLine.Parsing;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Numbers;

/// <summary>
/// Without --outcome: the address has been sent to the emergency-services database provider (pending). With it:
/// the provider's answer (registered, or failed with --reason).
/// </summary>
internal sealed class RegisterAddressCommand : Command
{
    private readonly Option<string> number = NumberArguments.Number();
    private readonly Option<string> outcome = new("--outcome") { Description = "The provider's answer: registered or failed", HelpName = "OUTCOME" };
    private readonly Option<string> reason = new("--reason") { Description = "Why the provider refused the address (with --outcome failed)" };

    public RegisterAddressCommand(CommandRunner runner)
        : base("register-address", "Record the emergency-services registration: submitted (pending), or the provider's --outcome (admin, support)")
    {
        outcome.AcceptOnlyFromAmong("registered", "failed");
        Options.Add(number);
        Options.Add(outcome);
        Options.Add(reason);
        Validators.Add(ReasonOnlyWithFailure);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var id = await NumberArguments.ResolveIdAsync(client, context.Get(number));
            var answer = context.ParseResult.GetValue(outcome);
            var changed = answer is null
                ? await client.Numbers.SubmitEmergencyAddressAsync(new SubmitEmergencyAddressRequest { NumberId = id })
                : await client.Numbers.RecordEmergencyAddressOutcomeAsync(new RecordEmergencyAddressOutcomeRequest
                {
                    NumberId = id,
                    Outcome = answer == "registered" ? EmergencyRegistrationOutcome.Registered : EmergencyRegistrationOutcome.Failed,
                    FailureReason = context.TextOrEmpty(reason),
                });
            context.Output.Show(changed,
                Say.Line($"Emergency address of {changed.Number}: {NumberTable.RegistrationText(changed)}."),
                NumberTable.Of(changed));
        });
    }

    private void ReasonOnlyWithFailure(CommandResult result)
    {
        var failed = result.GetResult(outcome)?.GetValueOrDefault<string>() == "failed";
        if (failed != (result.GetResult(reason) is not null))
        {
            result.AddError(failed ? "--outcome failed needs --reason." : "--reason goes with --outcome failed.");
        }
    }
}
