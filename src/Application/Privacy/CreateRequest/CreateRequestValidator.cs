using FluentValidation;
using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Validation;
using Groupus.Application.Privacy.Requests;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.CreateRequest;

public sealed class CreateRequestValidator : RequestValidator<CreateRequestCommand>
{
    public static readonly IReadOnlyList<string> Channels = ["email", "letter", "phone", "web-form", "in-person"];

    private static readonly string[] EmailFields = ["WorkEmail", "Email"];
    private static readonly string[] PhoneFields = ["WorkPhone", "Phone"];

    public CreateRequestValidator(TimeProvider clock, IPhoneNumbers phones)
    {
        RuleFor(c => c.SubjectId).ValidId();
        RuleForEach(c => c.AlsoSubjectIds).ValidId().OverridePropertyName("AlsoSubjectIds");
        RuleFor(c => c.AlsoSubjectIds).Must(ids => ids is null || ids.Count <= 20).WithMessage("at most 20 further subjects");
        RuleFor(c => c.AlsoSubjectIds).Must(ids => ids is null || ids.Count == 0)
            .When(c => c.Type is DataSubjectRequestType.Restriction or DataSubjectRequestType.Objection)
            .WithMessage("a restriction or an objection covers one subject; make one request per confirmed subject");
        RuleFor(c => c.Type).IsInEnum().WithMessage("must be ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION or PORTABILITY");
        RuleFor(c => c.Channel).Must(Channels.Contains).WithMessage($"must be one of {string.Join(", ", Channels)}");
        RuleFor(c => c.ReceivedAtUtc).Must(at => at is null || at <= clock.GetUtcNow().UtcDateTime.AddMinutes(1)).WithMessage("must not be in the future");
        SubjectQueryRules.Apply(this, c => c.NamedAs, "NamedAs.", exactlyOne: false);
        RuleFor(c => c.Corrections).Must(c => c.Count > 0).When(c => c.Type == DataSubjectRequestType.Rectification)
            .WithMessage("a rectification names at least one field and its corrected value");
        RuleFor(c => c.Corrections).Must(c => c.Count == 0).When(c => c.Type != DataSubjectRequestType.Rectification)
            .WithMessage("only a rectification carries corrections");
        RuleForEach(c => c.Corrections).Must(p => p.Key.Length is > 0 and <= 100 && p.Value.Length <= 1000 && PrintableText.IsPrintable(p.Value))
            .WithMessage("field names up to 100 characters, values up to 1000, no control, invisible or direction-changing characters");
        RuleForEach(c => c.Purposes).Must(RequestPurposes.ByCode.ContainsKey)
            .WithMessage($"must be one of {string.Join(", ", RequestPurposes.ByCode.Keys)}");
        RuleFor(c => c.Purposes).Must(p => p.Count == 0).When(c => c.Type is not (DataSubjectRequestType.Restriction or DataSubjectRequestType.Objection))
            .WithMessage("only a restriction or an objection names purposes");
        RuleForEach(c => c.Corrections).Must(p => !EmailFields.Contains(p.Key) || ContactRules.IsEmailAddress(p.Value))
            .WithMessage("a corrected e-mail address must be an e-mail address (for example name@example.co.uk)");
        RuleForEach(c => c.Corrections).Must(p => !PhoneFields.Contains(p.Key) || phones.Normalise(p.Value) is { IsValid: true } check && check.E164 == p.Value.Trim())
            .WithMessage("a corrected phone number must be a valid number in E.164 form (for example +442079460000)");
        RuleFor(c => c.Notes).OptionalText(2000);
    }
}
