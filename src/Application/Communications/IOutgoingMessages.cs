using Groupus.Domain.Communications;

namespace Groupus.Application.Communications;

public interface IOutgoingMessages
{
    void Add(OutgoingMessage message);
}
