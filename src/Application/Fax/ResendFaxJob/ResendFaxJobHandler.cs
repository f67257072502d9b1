using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Fax.ResendFaxJob;

public sealed class ResendFaxJobHandler(FaxAccess access, FaxJobFactory factory, ICurrentUser caller) : ICommandHandler<ResendFaxJobCommand, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(ResendFaxJobCommand command, CancellationToken cancellationToken)
    {
        var original = await access.JobAsync(command.JobId, cancellationToken);
        if (!original.IsSuccess)
        {
            return original.Error!;
        }

        var job = factory.Resend(original.Value, caller.PrincipalId!.Value, command.To);
        return job.IsSuccess ? FaxJobDto.From(job.Value) : job.Error!;
    }
}
