using System.CommandLine;
using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands.Fax;

internal sealed class SendFaxCommand : Command
{
    private readonly Argument<string> file = new("file") { Description = "The document: PDF, PostScript, TIFF, PNG, JPEG or plain text, of any size" };
    private readonly Option<string> to = FaxArguments.Number("The fax number to dial, e.g. 020 7946 0000 or +442079460000", required: true);
    private readonly Option<string> organisation = FaxArguments.Organisation("Staff: the organisation the fax is sent for");
    private readonly Option<bool> fine = new("--fine") { Description = "Fine resolution (204 × 196 dpi) instead of standard (204 × 98 dpi)" };
    private readonly Option<int?> priority = NumberOptions.InRange("--priority", "0 (normal, the default) to 9 (most urgent)", 0, 9);
    private readonly Option<DateTimeOffset> notBefore;
    private readonly CoverPageOptions cover = new();
    private readonly Option<bool> noWait = new("--no-wait") { Description = "Print the queued job and return instead of following it to the end" };

    public SendFaxCommand(CommandRunner runner)
        : base("send", "Send a document as a fax and follow it until it is done (customers; admin, fax-operator)")
    {
        notBefore = TimeOptions.Instant("--not-before", "Do not dial before this time", runner.Time);
        Arguments.Add(file);
        Options.Add(to);
        Options.Add(organisation);
        Options.Add(fine);
        Options.Add(priority);
        Options.Add(notBefore);
        cover.AddTo(this);
        Options.Add(noWait);
        runner.SetAction(this, async context =>
        {
            await using var document = DocumentFile.Open(context.Get(file));
            using var client = context.ConnectAsStaff();
            var job = await FaxUpload.SendAsync(client, Header(context), document, context.CancellationToken);
            var queued = Say.Line($"Fax job {job.JobId} queued: {FaxText.Pages(job.PageCount)} to {job.To}.");
            if (context.Get(noWait))
            {
                context.Output.Show(job, queued, Say.Line($"Follow it with: groupus fax watch {job.JobId}"));
                return;
            }

            context.Output.ShowForPeople(queued);
            FaxJobEnd.Check(await new FaxJobFollower(context, client).FollowAsync(job));
        });
    }

    private SubmitFaxRequest Header(CommandContext context) => new()
    {
        OrganisationId = context.TextOrEmpty(organisation),
        To = context.Get(to),
        Resolution = context.Get(fine) ? FaxResolution.Fine : FaxResolution.Standard,
        Cover = cover.Read(context),
        Priority = context.Get(priority) ?? 0,
        NotBefore = context.ParseResult.GetResult(notBefore) is null ? null : Timestamp.FromDateTimeOffset(context.Get(notBefore)),
    };
}
