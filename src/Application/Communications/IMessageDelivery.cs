using Groupus.Domain.Communications;

namespace Groupus.Application.Communications;

/// <summary>Hands a recorded message to the channel that carries it (a mail pickup directory, an SMS gateway).</summary>
public interface IMessageDelivery
{
    Task DeliverAsync(OutgoingMessage message, string body, CancellationToken cancellationToken);
}
