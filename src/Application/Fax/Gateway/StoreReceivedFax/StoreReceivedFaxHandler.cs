using Groupus.Application.Common.Contact;
using Groupus.Application.Common.Content;
using Groupus.Application.Common.Persistence;
using Groupus.Application.Common.Results;
using Groupus.Application.Common.Security;
using Groupus.Application.Fax.Telemetry;
using Groupus.Contracts.Numbering;
using Groupus.Domain.Fax;
using Mediator;

namespace Groupus.Application.Fax.Gateway.StoreReceivedFax;

public sealed class StoreReceivedFaxHandler(
    IReceivedFaxRepository received,
    IGatewayLineRepository lines,
    INumberDirectory numbers,
    IPhoneNumbers phones,
    IContentStore content,
    ICurrentUser caller,
    FaxMetrics metrics,
    AfterCommit afterCommit,
    TimeProvider clock) : ICommandHandler<StoreReceivedFaxCommand, Result<ReceivedFaxReceipt>>
{
    public async ValueTask<Result<ReceivedFaxReceipt>> Handle(StoreReceivedFaxCommand command, CancellationToken cancellationToken)
    {
        var gatewayId = caller.PrincipalId!.Value;
        var line = (await lines.ListAsync(gatewayId, cancellationToken)).FirstOrDefault(l => l.LineId == command.LineId);
        if (line is null)
        {
            return Error.Forbidden($"This gateway has not registered a line \"{command.LineId}\".");
        }

        if (await received.FindByIdempotencyKeyAsync(gatewayId, command.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return new ReceivedFaxReceipt(earlier.Id, Duplicate: true);
        }

        var called = string.IsNullOrWhiteSpace(command.CalledNumber) ? line.Number : phones.Normalise(command.CalledNumber).E164 ?? line.Number;
        var owner = called is null ? null : await numbers.FindOwnerAsync(called, cancellationToken);
        var contentId = await content.PutAsync(command.Tiff, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var fax = ReceivedFax.Store(
            new ReceivedFaxArrival(
                gatewayId, command.LineId, command.IdempotencyKey, called, command.RemoteId, command.PageCount, command.ReceivedAtUtc ?? now,
                command.CallTime, command.BitRate, command.Ecm, command.SizeBytes, command.Sha256.ToLowerInvariant()),
            contentId,
            owner is { Use: NumberUse.Fax } ? owner.OrganisationId : null,
            now);
        received.Add(fax);
        afterCommit.Add(() => metrics.InboundFaxStored(command.PageCount));
        return new ReceivedFaxReceipt(fax.Id, Duplicate: false);
    }
}
