using Groupus.Domain.Common;

namespace Groupus.Contracts.Privacy;

/// <summary>
/// One kind of record a module holds about a person: how many, which categories, whether we control it or a customer
/// organisation does (processor data is referred to that customer), and a few short examples for the reviewer.
/// </summary>
public sealed record PersonalDataHolding(
    string Module,
    string RecordType,
    int RecordCount,
    IReadOnlyList<PersonalDataCategory> Categories,
    ProcessingRole Role,
    Guid? ControllerOrganisationId,
    IReadOnlyList<string> Examples);
