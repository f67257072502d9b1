using System.CommandLine;
using System.Text;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;
using Groupus.Cli.Rendering;
using Spectre.Console;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class RopaCommand : Command
{
    private readonly Option<bool> csv = new("--csv") { Description = "CSV instead of JSON" };
    private readonly Option<string> output = new("--out") { Description = "Save the report to this file instead of printing it", HelpName = "FILE" };
    private readonly Option<bool> force = new("--force") { Description = "Replace the file if it exists" };

    public RopaCommand(CommandRunner runner)
        : base("ropa", "The records of processing, from every module's registration and the classified fields; each generation is audited (privacy-officer, admin)")
    {
        Options.Add(csv);
        Options.Add(output);
        Options.Add(force);
        runner.SetAction(this, async context =>
        {
            var file = context.ParseResult.GetValue(output);
            if (file is not null && File.Exists(file) && !context.Get(force))
            {
                throw CliFailure.Usage($"{file} exists; add --force to replace it.");
            }

            using var client = context.ConnectAsStaff();
            var report = await client.Privacy.GetRecordsOfProcessingAsync(new GetRecordsOfProcessingRequest());
            var content = context.Get(csv) ? report.Csv : report.Json;
            if (file is null)
            {
                // The report itself is the output: JSON already, or CSV for people and scripts alike.
                context.Output.Show(report, new Text(content.EndsWith('\n') ? content : content + Environment.NewLine));
                return;
            }

            await WriteAsync(file, content, context.CancellationToken);
            var saved = new SavedReport(file, context.Get(csv) ? "csv" : "json", Encoding.UTF8.GetByteCount(content), report.JsonSha256);
            context.Output.Show(saved, PrivacyJsonContext.Default.SavedReport,
                Say.Line($"Saved the records of processing ({report.ActivityCount} activities, {report.FieldCount} personal-data fields) to {file}."));
        });
    }

    private static async Task WriteAsync(string file, string content, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(file, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Usage($"Cannot save {file}: {exception.Message}");
        }
    }
}
