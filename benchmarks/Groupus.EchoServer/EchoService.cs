using Grpc.Core;

namespace Groupus.EchoServer;

internal sealed class EchoService : Echo.EchoBase
{
    public override Task<EchoMessage> Unary(EchoMessage request, ServerCallContext context) => Task.FromResult(request);
}
