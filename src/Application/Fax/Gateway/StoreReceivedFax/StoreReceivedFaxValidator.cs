using System.Security.Cryptography;
using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Fax.Gateway.StoreReceivedFax;

public sealed class StoreReceivedFaxValidator : RequestValidator<StoreReceivedFaxCommand>
{
    public StoreReceivedFaxValidator()
    {
        RuleFor(c => c.IdempotencyKey).RequiredText(StoreReceivedFaxCommand.MaxKeyLength);
        RuleFor(c => c.LineId).RequiredText(64).MustBePrintableText();
        RuleFor(c => c.CalledNumber).OptionalText(40);
        RuleFor(c => c.RemoteId).OptionalText(40);
        RuleFor(c => c.PageCount).GreaterThan(0);
        RuleFor(c => c.CallTime).GreaterThanOrEqualTo(TimeSpan.Zero);
        RuleFor(c => c.Tiff.Length).GreaterThan(0).OverridePropertyName("chunk").WithMessage("no fax pages were uploaded");
        RuleFor(c => c.SizeBytes).Must((c, size) => size == c.Tiff.Length)
            .WithMessage(c => $"says {c.SizeBytes} bytes but {c.Tiff.Length} arrived");
        RuleFor(c => c.Sha256).Must((c, sha) => string.Equals(sha, Convert.ToHexStringLower(SHA256.HashData(c.Tiff.Span)), StringComparison.OrdinalIgnoreCase))
            .WithMessage("does not match the uploaded pages");
    }
}
