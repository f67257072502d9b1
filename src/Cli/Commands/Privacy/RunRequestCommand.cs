using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Privacy;

internal sealed class RunRequestCommand : Command
{
    private readonly Argument<string> requestId = PrivacyArguments.RequestId();

    public RunRequestCommand(CommandRunner runner)
        : base("run", "Carry out a verified request over every module (resumes one that was interrupted) (privacy-officer, admin)")
    {
        Arguments.Add(requestId);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = await client.Privacy.RunRequestAsync(new RunRequestRequest { RequestId = context.Get(requestId) });
            var next = request switch
            {
                { Status: RequestStatus.Completed, Type: RequestType.Access or RequestType.Portability } =>
                    $" Download the package with: groupus privacy requests export {request.Id} --out FILE",
                { Status: RequestStatus.Completed, Type: RequestType.Erasure } =>
                    $" The certificate: groupus privacy requests certificate {request.Id}",
                { Status: RequestStatus.Referred } => " Part of it was referred to the customer that controls the data.",
                _ => "",
            };
            IRenderable[] forPeople = [Say.Line($"Request {request.Id}: {RequestView.StatusOf(request)}.{next}"), .. RequestView.Of(request, context.Time).Skip(1)];
            context.Output.Show(request, forPeople);
        });
    }
}
