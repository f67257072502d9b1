using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Exports;
using Mediator;

namespace Groupus.Application.Privacy.GetExportSchema;

public sealed class GetExportSchemaHandler : IQueryHandler<GetExportSchemaQuery, Result<string>>
{
    public ValueTask<Result<string>> Handle(GetExportSchemaQuery query, CancellationToken cancellationToken) => ValueTask.FromResult<Result<string>>(ExportSchema.Json);
}
