using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Contracts.Customers;
using Groupus.Domain.Numbering;
using Mediator;

namespace Groupus.Application.Numbering.AssignNumberRange;

public sealed class AssignNumberRangeHandler(IPhoneNumberRepository numbers, IOrganisationDirectory organisations, IPhoneNumbers phones, TimeProvider clock)
    : ICommandHandler<AssignNumberRangeCommand, Result<AssignedRange>>
{
    public async ValueTask<Result<AssignedRange>> Handle(AssignNumberRangeCommand command, CancellationToken cancellationToken)
    {
        if (await organisations.FindStandingAsync(Guid.Parse(command.OrganisationId), cancellationToken) is not { } standing)
        {
            return OrganisationScope.NotFoundOrganisation;
        }

        var owner = new NumberHolder(standing.OrganisationId, standing.IsClosed);
        var (range, invalid) = NumberRange.Expand(phones.Normalise(command.FirstNumber).E164!, command.Count, phones);
        if (invalid is not null)
        {
            return Error.Invalid(nameof(command.Count), $"runs past the valid numbers of the block: {invalid} is not a valid number");
        }

        var stored = (await numbers.FindInPoolAsync(range, cancellationToken)).ToDictionary(n => n.E164, StringComparer.Ordinal);
        if (stored.Values.Where(n => n.Status != NumberStatus.Released).MinBy(n => n.E164) is { } taken)
        {
            return NumberAssignment.AlreadyAssigned(taken.E164, nameof(command.FirstNumber));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var label = command.Label?.Trim();
        foreach (var e164 in range)
        {
            if (stored.TryGetValue(e164, out var released))
            {
                released.AssignTo(owner, command.Purpose!.Value, label, now);
            }
            else
            {
                numbers.Add(PhoneNumber.Assign(e164, owner, command.Purpose!.Value, label, now));
            }
        }

        return new AssignedRange(range[0], range[^1], range.Count);
    }
}
