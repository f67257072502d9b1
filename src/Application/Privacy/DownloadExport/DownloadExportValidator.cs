using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Privacy.DownloadExport;

public sealed class DownloadExportValidator : RequestValidator<DownloadExportCommand>
{
    public DownloadExportValidator() =>
        RuleFor(c => c.Token).NotEmpty().WithMessage("is required").MaximumLength(200).WithMessage("is not a download token");
}
