using System.CommandLine;
using System.Globalization;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class AuditVerifyCommand : Command
{
    public AuditVerifyCommand(CommandRunner runner)
        : base("verify", $"Walk the hash-chained privacy audit log; exits {ExitCodes.AuditLogBroken} naming the first broken row if any (privacy-officer, admin)")
    {
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var verification = await client.Privacy.VerifyAuditLogAsync(new VerifyAuditLogRequest());
            if (verification.Intact)
            {
                context.Output.Show(verification, Say.Line(string.Create(CultureInfo.InvariantCulture,
                    $"The privacy audit log is intact: {verification.RowsChecked} rows checked; head hash {verification.HeadHash}.")));
                return;
            }

            context.Output.Show(verification, Say.Line(string.Create(CultureInfo.InvariantCulture,
                $"{verification.RowsChecked} rows check out; the last good row's hash is {verification.HeadHash}.")));
            throw new CliFailure(ExitCodes.AuditLogBroken, string.Create(CultureInfo.InvariantCulture,
                $"The privacy audit log is broken at row {verification.FirstBrokenSequence} ({verification.Problem.ToLowerInvariant()}): {verification.Reason}"));
        });
    }
}
