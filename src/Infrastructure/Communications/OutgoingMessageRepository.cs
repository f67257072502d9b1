using Groupus.Application.Communications;
using Groupus.Domain.Communications;

namespace Groupus.Infrastructure.Communications;

internal sealed class OutgoingMessageRepository(CommunicationsDbContext db) : IOutgoingMessages
{
    public void Add(OutgoingMessage message) => db.OutgoingMessages.Add(message);
}
