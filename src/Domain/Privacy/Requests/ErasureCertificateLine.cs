namespace Groupus.Domain.Privacy.Requests;

/// <summary>One line of a certificate: in this module, this many records of this type and category got this action (DELETED, ANONYMISED, KEPT_UNDER_LEGAL_OBLIGATION, REFERRED).</summary>
public sealed record ErasureCertificateLine(string Module, string RecordType, string Category, string Action, int RecordCount, string? LegalObligation);
