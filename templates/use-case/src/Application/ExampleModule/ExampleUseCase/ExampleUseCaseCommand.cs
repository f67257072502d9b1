using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Mediator;

namespace Groupus.Application.ExampleModule.ExampleUseCase;

/// <summary>TODO: one sentence on what this does for whom, in the words of the people who use it.</summary>
[AuthorizeRoles(StaffRole.Admin)]
public sealed record ExampleUseCaseCommand(string Id) : ICommand<Result<ExampleUseCaseResult>>;
