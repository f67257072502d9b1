using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.RecordEmergencyAddressOutcome;

public sealed class RecordEmergencyAddressOutcomeHandler(NumberAccess access, TimeProvider clock)
    : ICommandHandler<RecordEmergencyAddressOutcomeCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(RecordEmergencyAddressOutcomeCommand command, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(command.NumberId, expectedVersion: null, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Outcome == EmergencyRegistrationOutcome.Registered)
        {
            found.Value.RecordEmergencyAddressRegistered(now);
        }
        else
        {
            found.Value.RecordEmergencyAddressRefused(command.FailureReason!.Trim(), now);
        }

        return PhoneNumberDto.From(found.Value);
    }
}
