using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Customers;
using Groupus.Domain.Numbering;
using Mediator;

namespace Groupus.Application.Numbering.AssignNumber;

public sealed class AssignNumberHandler(IPhoneNumberRepository numbers, IOrganisationDirectory organisations, IPhoneNumbers phones, TimeProvider clock)
    : ICommandHandler<AssignNumberCommand, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(AssignNumberCommand command, CancellationToken cancellationToken)
    {
        if (await organisations.FindStandingAsync(Guid.Parse(command.OrganisationId), cancellationToken) is not { } standing)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        var owner = new NumberHolder(standing.OrganisationId, standing.IsClosed);
        var e164 = phones.Normalise(command.Number).E164!;
        var now = clock.GetUtcNow().UtcDateTime;
        var label = command.Label?.Trim();
        var existing = (await numbers.FindInPoolAsync([e164], cancellationToken)).SingleOrDefault();
        if (existing is null)
        {
            var number = PhoneNumber.Assign(e164, owner, command.Purpose!.Value, label, now);
            numbers.Add(number);
            return PhoneNumberDto.From(number);
        }

        if (existing.Status != NumberStatus.Released)
        {
            return NumberAssignment.AlreadyAssigned(e164, nameof(command.Number));
        }

        existing.AssignTo(owner, command.Purpose!.Value, label, now);
        return PhoneNumberDto.From(existing);
    }
}
