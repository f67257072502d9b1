using Groupus.Domain.Common;

namespace Groupus.Contracts.Privacy;

/// <summary>One line of an erasure certificate: in this module, this many records of this type and category got this action.</summary>
public sealed record ErasureOutcome(string Module, string RecordType, PersonalDataCategory Category, ErasureAction Action, int RecordCount, string? LegalObligation);
