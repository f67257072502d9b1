using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.SetEmergencyAddress;

public sealed class SetEmergencyAddressHandler(NumberAccess access, TimeProvider clock) : ICommandHandler<SetEmergencyAddressCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(SetEmergencyAddressCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, command.ExpectedVersion, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        found.Value.ChangeEmergencyAddress(command.Address!.ToPostalAddress(), clock.GetUtcNow().UtcDateTime);
        return PhoneNumberDto.From(found.Value);
    }
}
