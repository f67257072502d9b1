using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.ReleaseNumber;

public sealed class ReleaseNumberHandler(NumberAccess access, TimeProvider clock) : ICommandHandler<ReleaseNumberCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(ReleaseNumberCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, command.ExpectedVersion, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        found.Value.Release(clock.GetUtcNow().UtcDateTime);
        return PhoneNumberDto.From(found.Value);
    }
}
