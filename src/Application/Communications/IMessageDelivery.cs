using Groupus.Domain.Communications;

namespace Groupus.Application.Communications;

/// <summary>Hands a recorded message to the channel that carries it (a mail pickup directory, an SMS gateway, the SMTP worker's spool).</summary>
public interface IMessageDelivery
{
    Task<MessageHandOver> DeliverAsync(OutgoingMessage message, string body, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the message back if the carrier has not collected it yet (the person's erasure): nothing of it stays in
    /// the spool. Withdrawing a message already collected, or twice, does nothing.
    /// </summary>
    Task WithdrawAsync(Guid messageId, CancellationToken cancellationToken);
}
