using Groupus.Application.Sales.Marketing.ExportConsentEvidence;
using Groupus.Application.Sales.Marketing.SendMarketingMessage;
using Groupus.Application.Common.Behaviours;
using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Restrictions;
using Groupus.Contracts.Privacy;
using Groupus.Domain.Common;
using Groupus.Domain.Privacy.Restrictions;

namespace Groupus.UnitTests.Privacy;

public sealed class RestrictionTests
{
    [Fact]
    public void A_restriction_stops_every_purpose_but_storage_and_legal_claims_and_an_objection_marketing_and_legitimate_interests()
    {
        Assert.Equal([ProcessingPurpose.ServiceDelivery, ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests], RestrictionScope.ForRestriction([]));
        Assert.Equal([ProcessingPurpose.Marketing, ProcessingPurpose.LegitimateInterests], RestrictionScope.ForObjection([]));
        Assert.Equal([ProcessingPurpose.Marketing], RestrictionScope.ForObjection([ProcessingPurpose.Marketing, ProcessingPurpose.ServiceDelivery]));
        Assert.Empty(RestrictionScope.ForRestriction([ProcessingPurpose.Storage, ProcessingPurpose.LegalClaims]));
        Assert.Null(RestrictionScope.ToRestricted(ProcessingPurpose.LegalClaims));
    }

    [Fact]
    public void A_restriction_that_stops_nothing_is_refused_and_lifting_twice_changes_nothing_the_second_time()
    {
        Assert.Throws<BusinessRuleBrokenException>(() => ProcessingRestriction.Place(Guid.NewGuid(), [], Guid.NewGuid(), "r", DateTime.UtcNow));

        var restriction = ProcessingRestriction.Place(Guid.NewGuid(), [RestrictedPurpose.Marketing], Guid.NewGuid(), "r", DateTime.UtcNow);
        Assert.True(restriction.Stops(RestrictedPurpose.Marketing));
        Assert.False(restriction.Stops(RestrictedPurpose.ServiceDelivery));
        Assert.True(restriction.Lift("done", DateTime.UtcNow));
        Assert.False(restriction.Lift("again", DateTime.UtcNow));
        Assert.False(restriction.Stops(RestrictedPurpose.Marketing));
    }

    [Fact]
    public async Task The_behaviour_refuses_a_restricted_persons_marketing_with_a_business_rule_result_naming_the_purpose_not_the_person()
    {
        var behaviour = new PrivacyRestrictionBehaviour<SendMarketingMessageCommand, Result>(new Restricted(ProcessingPurpose.Marketing));
        var reached = false;

        var result = await behaviour.Handle(new SendMarketingMessageCommand("ada@example.com", "Spring"), (_, _) => { reached = true; return ValueTask.FromResult(Result.Success()); }, CancellationToken.None);

        Assert.False(reached);
        Assert.Equal((ErrorKind.BusinessRule, "PROCESSING_RESTRICTED"), (result.Error!.Kind, result.Error.Code));
        Assert.Equal("processing of this person's data for marketing is restricted", result.Error.Message);
        Assert.DoesNotContain("ada", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_behaviour_lets_a_legal_claim_use_through_without_asking()
    {
        var restrictions = new Restricted(ProcessingPurpose.Marketing, ProcessingPurpose.LegalClaims);
        var behaviour = new PrivacyRestrictionBehaviour<ExportConsentEvidenceQuery, Result>(restrictions);

        var result = await behaviour.Handle(new ExportConsentEvidenceQuery("ada@example.com"), (_, _) => ValueTask.FromResult(Result.Success()), CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, restrictions.Asked);
    }

    private sealed class Restricted(params ProcessingPurpose[] purposes) : IProcessingRestrictions
    {
        public int Asked { get; private set; }

        public Task<bool> IsRestrictedAsync(SubjectIdentifier identifier, ProcessingPurpose purpose, CancellationToken cancellationToken)
        {
            Asked++;
            return Task.FromResult(purposes.Contains(purpose));
        }

        public Task<IReadOnlySet<Guid>> RestrictedAmongAsync(IReadOnlyCollection<Guid> subjectIds, ProcessingPurpose purpose, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
    }
}
