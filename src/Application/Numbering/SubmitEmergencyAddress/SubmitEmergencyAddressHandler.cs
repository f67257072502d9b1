using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.SubmitEmergencyAddress;

public sealed class SubmitEmergencyAddressHandler(NumberAccess access, TimeProvider clock) : ICommandHandler<SubmitEmergencyAddressCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(SubmitEmergencyAddressCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, expectedVersion: null, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        found.Value.SubmitEmergencyAddress(clock.GetUtcNow().UtcDateTime);
        return PhoneNumberDto.From(found.Value);
    }
}
