using Groupus.Application.Common.Messaging;
using Groupus.Contracts;
using Groupus.Contracts.Accounts;
using Groupus.Domain.Accounts;
using Groupus.Domain.Accounts.Numbers;
using Groupus.Domain.Accounts.ServiceConfiguration;
using Groupus.Domain.Common;

namespace Groupus.Application.Accounts;

/// <summary>What the accounts module tells the others (the privacy module keeps its map of data subjects from these).</summary>
public sealed class AccountsDomainEventMapper : IDomainEventMapper
{
    public IIntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CustomerUserRegistered registered => new DataSubjectRegistered(registered.UserId, DataSubjectKind.CustomerUser, registered.OrganisationId, registered.OccurredAtUtc),
        CustomerUserDetailsChanged changed => new DataSubjectChanged(changed.UserId, DataSubjectKind.CustomerUser, changed.OrganisationId, changed.OccurredAtUtc),
        PhoneNumberAssigned assigned => new NumberAssigned(assigned.NumberId, assigned.E164, assigned.OrganisationId, ToUse(assigned.Purpose), assigned.OccurredAtUtc),
        PhoneNumberReleased released => new NumberReleased(released.NumberId, released.E164, released.OrganisationId, released.OccurredAtUtc),
        PhoneNumberPurposeChanged changed => new NumberUseChanged(changed.NumberId, changed.E164, changed.OrganisationId, ToUse(changed.Purpose), changed.OccurredAtUtc),
        ServiceConfigurationSaved saved => new ServiceConfigurationChanged(saved.OrganisationId, saved.Version, saved.OccurredAtUtc),
        _ => null,
    };

    private static NumberUse ToUse(NumberPurpose purpose) => purpose == NumberPurpose.Fax ? NumberUse.Fax : NumberUse.Voice;
}
