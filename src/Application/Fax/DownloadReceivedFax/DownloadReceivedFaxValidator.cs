using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.DownloadReceivedFax;

public sealed class DownloadReceivedFaxValidator : RequestValidator<DownloadReceivedFaxQuery>
{
    public DownloadReceivedFaxValidator()
    {
        RuleFor(q => q.FaxId).ValidId();
        RuleFor(q => q.Format).IsInEnum();
    }
}
