using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Partners;
using Mediator;

namespace Groupus.Application.Partners.AddReseller;

public sealed class AddResellerHandler(IResellerRepository resellers, IPhoneNumbers phones, IDataSubjectRegistry subjects, TimeProvider clock)
    : ICommandHandler<AddResellerCommand, Result<ResellerDto>>
{
    public async ValueTask<Result<ResellerDto>> Handle(AddResellerCommand command, CancellationToken cancellationToken)
    {
        var reference = ResellerRules.NormaliseAgreementReference(command.AgreementReference);
        if (await resellers.AgreementReferenceTakenAsync(reference, exceptId: null, cancellationToken))
        {
            return ResellerRules.AgreementReferenceTaken(reference);
        }

        var reseller = Reseller.Register(
            command.Name.Trim(), command.Kind!.Value, command.Address!.ToPostalAddress(), ContactRules.NormaliseEmail(command.Email),
            phones.Normalise(command.Phone).E164!, reference, clock.GetUtcNow().UtcDateTime);
        reseller.LinkDataSubject(await subjects.EnrolAsync(PartnersSubjects.Of(reseller), cancellationToken));
        resellers.Add(reseller);
        return ResellerDto.From(reseller);
    }
}
