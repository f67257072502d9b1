using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.ChangeNumberPurpose;

public sealed class ChangeNumberPurposeHandler(NumberAccess access, TimeProvider clock) : ICommandHandler<ChangeNumberPurposeCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(ChangeNumberPurposeCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, command.ExpectedVersion, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        found.Value.ChangePurpose(command.Purpose!.Value, clock.GetUtcNow().UtcDateTime);
        return PhoneNumberDto.From(found.Value);
    }
}
