namespace Groupus.Application.Common.Results;

/// <summary>A failure a caller can act on. <see cref="Code"/> is stable and machine-readable.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyList<FieldViolation> Violations)
{
    /// <summary>
    /// A refusal whose changes are themselves the outcome and are committed all the same (a wrong verification code
    /// uses up an attempt; a refused sign-in is counted and audited). Refusals discard their changes otherwise.
    /// </summary>
    public bool KeepsChanges { get; init; }

    /// <summary>This refusal, with the use case's changes committed before it is answered.</summary>
    public Error KeepingChanges() => this with { KeepsChanges = true };

    public static Error Invalid(IReadOnlyList<FieldViolation> violations) =>
        new(ErrorKind.Invalid, "INVALID_ARGUMENT", "The request has invalid fields.", violations);

    public static Error Invalid(string field, string description) => Invalid([new FieldViolation(field, description)]);

    public static Error NotFound(string what) => new(ErrorKind.NotFound, "NOT_FOUND", $"{what} was not found.", []);

    public static Error AlreadyExists(string code, string message, string? field = null) =>
        new(ErrorKind.AlreadyExists, code, message, field is null ? [] : [new FieldViolation(field, message)]);

    public static Error BusinessRule(string code, string message, string? field = null) =>
        new(ErrorKind.BusinessRule, code, message, field is null ? [] : [new FieldViolation(field, message)]);

    public static Error Concurrency() =>
        new(ErrorKind.Concurrency, "CONCURRENT_UPDATE", "Someone else changed this record at the same time; reload it and try again.", []);

    /// <summary>Not possible yet, but will be shortly without anyone acting: the caller should try again.</summary>
    public static Error NotYet(string code, string message) => new(ErrorKind.Unavailable, code, message, []);

    public static Error Unauthenticated(string message) => new(ErrorKind.Unauthenticated, "UNAUTHENTICATED", message, []);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "PERMISSION_DENIED", message, []);
}
