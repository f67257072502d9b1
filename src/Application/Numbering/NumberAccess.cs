using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Numbering;

namespace Groupus.Application.Numbering;

/// <summary>
/// Finds a number the caller may act on. Another organisation's number, and a released number (back in our pool),
/// are simply not found.
/// </summary>
public sealed class NumberAccess(IPhoneNumberRepository numbers, OrganisationScope scope)
{
    public static readonly Error NotFoundNumber = Error.NotFound("The number");

    public async Task<Result<PhoneNumber>> FindAsync(string numberId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var number = Guid.TryParse(numberId, out var id) ? await numbers.GetAsync(id, cancellationToken) : null;
        return Visible(number) switch
        {
            null => NotFoundNumber,
            { } found when expectedVersion is { } expected && expected != found.Version => Error.Concurrency(),
            { } found => found,
        };
    }

    public async Task<Result<PhoneNumber>> FindByE164Async(string e164, CancellationToken cancellationToken) =>
        Visible(await numbers.FindByE164Async(e164, cancellationToken)) is { } found ? found : NotFoundNumber;

    private PhoneNumber? Visible(PhoneNumber? number) =>
        number is { OrganisationId: { } owner } && scope.CanSee(owner) ? number : null;
}
