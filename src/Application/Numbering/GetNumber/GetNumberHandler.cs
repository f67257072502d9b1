using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Numbering.GetNumber;

public sealed class GetNumberHandler(NumberAccess access, IPhoneNumbers phones) : IQueryHandler<GetNumberQuery, Result<PhoneNumberDto>>
{
    public async ValueTask<Result<PhoneNumberDto>> Handle(GetNumberQuery query, CancellationToken cancellationToken)
    {
        var found = query.NumberId is not null
            ? await access.FindAsync(query.NumberId, expectedVersion: null, cancellationToken)
            : await access.FindByE164Async(phones.Normalise(query.Number!).E164!, cancellationToken);
        return found.Error is { } notFound ? notFound : PhoneNumberDto.From(found.Value);
    }
}
