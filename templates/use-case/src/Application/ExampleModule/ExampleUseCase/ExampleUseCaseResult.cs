namespace Groupus.Application.ExampleModule.ExampleUseCase;

/// <summary>What the caller gets back: a DTO, never a domain entity.</summary>
public sealed record ExampleUseCaseResult(Guid Id);
