using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Security;
using Mediator;

namespace Groupus.ArchitectureTests.Canaries.Planted;

// Two ways to commit by hand: a handler that takes the unit of work, and a helper that keeps it in a field.

[Anonymous]
public sealed record CanaryCommitByHandCommand : ICommand<int>;

public sealed class CanaryCommitByHandHandler(IUnitOfWork unitOfWork) : ICommandHandler<CanaryCommitByHandCommand, int>
{
    public async ValueTask<int> Handle(CanaryCommitByHandCommand command, CancellationToken cancellationToken)
    {
        await unitOfWork.CommitAsync(cancellationToken);
        return 1;
    }
}

public sealed class CanaryCommittingHelper
{
    private IUnitOfWork? _unitOfWork;

    public void Use(IUnitOfWork unitOfWork) => _unitOfWork = unitOfWork;

    public Task CommitAsync() => _unitOfWork!.CommitAsync(CancellationToken.None);
}
