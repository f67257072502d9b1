using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.DownloadFaxJob;

public sealed class DownloadFaxJobValidator : RequestValidator<DownloadFaxJobQuery>
{
    public DownloadFaxJobValidator()
    {
        RuleFor(q => q.JobId).ValidId();
        RuleFor(q => q.Format).IsInEnum();
    }
}
