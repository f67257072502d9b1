using Groupus.Application.Common.Validation;
using Groupus.Application.Privacy.Requests;

namespace Groupus.Application.Privacy.FindSubjects;

public sealed class FindSubjectsValidator : RequestValidator<FindSubjectsQuery>
{
    public FindSubjectsValidator() => SubjectQueryRules.Apply(this, q => q.Query, "Query.", exactlyOne: true);
}
