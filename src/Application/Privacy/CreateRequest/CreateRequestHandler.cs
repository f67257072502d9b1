using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.ReceiveRequest;
using Mediator;

namespace Groupus.Application.Privacy.CreateRequest;

/// <summary>
/// One active request per subject and type is kept by the database (a unique key set while the request is open): of
/// many simultaneous submissions one insert wins, and every other one, its insert refused at commit, tries again and is
/// recorded as a duplicate linked to it. Each attempt is a command of its own (<see cref="ReceiveRequestCommand"/>).
/// </summary>
public sealed class CreateRequestHandler(ISender sender) : ICommandHandler<CreateRequestCommand, Result<CreatedRequest>>
{
    private const int MaxAttempts = 5;

    public async ValueTask<Result<CreatedRequest>> Handle(CreateRequestCommand command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var received = await sender.Send(new ReceiveRequestCommand(command), cancellationToken);
            if (received.Error is not { Kind: ErrorKind.AlreadyExists } || attempt == MaxAttempts)
            {
                return received;
            }
        }
    }
}
