using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.ExampleModule.ExampleUseCase;

/// <summary>
/// Orchestrates: loads the aggregate through the module's repository, calls the domain, returns a DTO. It does not
/// commit (the pipeline's unit of work does) and does not check roles or input (the pipeline did).
/// </summary>
public sealed class ExampleUseCaseHandler(TimeProvider clock) : ICommandHandler<ExampleUseCaseCommand, Result<ExampleUseCaseResult>>
{
    public ValueTask<Result<ExampleUseCaseResult>> Handle(ExampleUseCaseCommand command, CancellationToken cancellationToken)
    {
        _ = clock.GetUtcNow();
        Result<ExampleUseCaseResult> result = Error.NotFound("TODO: the thing this use case works on");
        return ValueTask.FromResult(result);
    }
}
