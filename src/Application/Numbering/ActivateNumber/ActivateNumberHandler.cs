using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.ActivateNumber;

public sealed class ActivateNumberHandler(NumberAccess access) : ICommandHandler<ActivateNumberCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(ActivateNumberCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, expectedVersion: null, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        found.Value.ActivateForVoice();
        return PhoneNumberDto.From(found.Value);
    }
}
