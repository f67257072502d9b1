using FluentValidation;
using Groupus.Application.Common.Messaging;
using Groupus.Application.Common.Security;
using Groupus.Contracts;
using Mediator;

namespace Groupus.ArchitectureTests.Canaries.Planted;

// Commands and queries: two well-formed ones, then one of each way to break the rule.

[Anonymous]
public sealed record CanaryPingCommand : ICommand<int>;

[AnyStaff]
public sealed record CanaryPingQuery : IQuery<int>;

[Anonymous]
public record CanaryUnsealedCommand : ICommand<int>;

[Anonymous]
public sealed record CanaryPingRequest : ICommand<int>;

[Anonymous]
public sealed record CanaryMislabelledQuery : ICommand<int>;

public sealed record CanaryUnguardedCommand : ICommand<int>;

[Anonymous]
[SystemOnly]
public sealed record CanaryDoublyGuardedQuery : IQuery<int>;

// A struct cannot even carry an access policy (the attribute is for classes only).
public readonly record struct CanaryStructQuery : IQuery<int>;

// Handlers: one well-formed, then one of each way to break the rule.

public sealed class CanaryPingHandler : ICommandHandler<CanaryPingCommand, int>
{
    public ValueTask<int> Handle(CanaryPingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

public class CanaryUnsealedHandler : IQueryHandler<CanaryPingQuery, int>
{
    public ValueTask<int> Handle(CanaryPingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

internal sealed class CanaryInternalHandler : IQueryHandler<CanaryPingQuery, int>
{
    public ValueTask<int> Handle(CanaryPingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

public sealed class CanaryPingResponder : ICommandHandler<CanaryPingCommand, int>
{
    public ValueTask<int> Handle(CanaryPingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(1);
}

// Validators: one well-formed, then one of each way to break the rule (the misplaced one is in Elsewhere/).

public sealed class CanaryPingCommandValidator : AbstractValidator<CanaryPingCommand>;

public class CanaryUnsealedValidator : AbstractValidator<CanaryPingCommand>;

public sealed class CanaryPingCommandRules : AbstractValidator<CanaryPingCommand>;

// Integration-event handlers.

public sealed record CanaryHappened(DateTime OccurredAtUtc) : IIntegrationEvent;

public sealed class CanarySealedReaction : IIntegrationEventHandler<CanaryHappened>
{
    public Task HandleAsync(CanaryHappened integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

public class CanaryUnsealedReaction : IIntegrationEventHandler<CanaryHappened>
{
    public Task HandleAsync(CanaryHappened integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}
