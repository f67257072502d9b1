namespace Groupus.Domain.Privacy.Requests;

/// <summary>
/// One line of a certificate: in this module, this many records of this type and category got this action (DELETED,
/// ANONYMISED, KEPT_UNDER_LEGAL_OBLIGATION, REFERRED, ERASED_BEFORE_INTERRUPTION). <see cref="Note"/> says how a count
/// was arrived at when it is not simply what the step reported (the step ran again after an interruption).
/// </summary>
public sealed record ErasureCertificateLine(string Module, string RecordType, string Category, string Action, int RecordCount, string? LegalObligation, string? Note = null);
