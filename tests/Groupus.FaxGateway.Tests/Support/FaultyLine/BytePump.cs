using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>Copies one port's octets to another until either closes or the pump is stopped, passing each read through a filter.</summary>
internal static class BytePump
{
    public static Task RunAsync(
        IModemPort from, IModemPort to, Func<ReadOnlyMemory<byte>, CancellationToken, Task<ReadOnlyMemory<byte>>> filter, CancellationToken stop) =>
        Task.Run(
            async () =>
            {
                var buffer = new byte[4096];
                try
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var count = await from.ReadAsync(buffer, stop);
                        if (count == 0)
                        {
                            return;
                        }

                        var output = await filter(buffer.AsMemory(0, count), stop);
                        if (!output.IsEmpty)
                        {
                            await to.WriteAsync(output, stop);
                        }
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // Stopped, or a port closed under the pump: the call sees a dead line, which is what a bridge that stops is.
                }
            },
            CancellationToken.None);
}
