using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Results;
using Groupus.Contracts.Privacy;
using Mediator;

namespace Groupus.Application.Partners.UpdateReseller;

public sealed class UpdateResellerHandler(IResellerRepository resellers, IPhoneNumbers phones, IDataSubjectRegistry subjects, TimeProvider clock)
    : ICommandHandler<UpdateResellerCommand, Result<ResellerDto>>
{
    public async ValueTask<Result<ResellerDto>> Handle(UpdateResellerCommand command, CancellationToken cancellationToken)
    {
        var reseller = await resellers.GetAsync(Guid.Parse(command.ResellerId), cancellationToken);
        if (reseller is null)
        {
            return Error.NotFound("The reseller");
        }

        if (command.ExpectedVersion is { } expected && expected != reseller.Version)
        {
            return Error.Concurrency();
        }

        var reference = ResellerRules.NormaliseAgreementReference(command.AgreementReference);
        if (await resellers.AgreementReferenceTakenAsync(reference, reseller.Id, cancellationToken))
        {
            return ResellerRules.AgreementReferenceTaken(reference);
        }

        var before = PartnersSubjects.Of(reseller);
        reseller.Update(
            command.Name.Trim(), command.Kind!.Value, command.Address!.ToPostalAddress(), ContactRules.NormaliseEmail(command.Email),
            phones.Normalise(command.Phone).E164!, reference, command.Status!.Value, clock.GetUtcNow().UtcDateTime);
        // Anchored on the identifiers the contact had, so a changed address or number joins the same person.
        reseller.LinkDataSubject(await subjects.EnrolAsync(
            reseller.DataSubjectId == Guid.Empty ? PartnersSubjects.Of(reseller) : [.. before, .. PartnersSubjects.Of(reseller)], cancellationToken));
        return ResellerDto.From(reseller);
    }
}
