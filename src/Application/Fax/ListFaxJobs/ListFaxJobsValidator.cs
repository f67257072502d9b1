using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.ListFaxJobs;

public sealed class ListFaxJobsValidator : RequestValidator<ListFaxJobsQuery>
{
    public ListFaxJobsValidator()
    {
        When(q => !string.IsNullOrEmpty(q.OrganisationId), () => RuleFor(q => q.OrganisationId).ValidId());
        RuleFor(q => q.PageSize).InclusiveBetween(0, ListFaxJobsQuery.MaxPageSize);
        RuleFor(q => q.States).EnumFilter();
        RuleForEach(q => q.States).IsInEnum();
    }
}
