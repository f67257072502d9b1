using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.Application.Privacy.GetExportSchema;

/// <summary>The published JSON Schema of a package's data.json: public, it holds nothing about anyone.</summary>
[Anonymous]
public sealed record GetExportSchemaQuery : IQuery<Result<string>>;
