using Groupus.Fax.Imaging;
using Groupus.Fax.T30;
using Groupus.Fax.T30.Calls;
using Groupus.Fax.T30.Pages;

namespace Groupus.Fax.T38.Terminal;

/// <summary>
/// A T.38 fax terminal on our T.30 engine: sends a document or receives one over an <see cref="IIfpChannel"/> (in the
/// gateway a <see cref="UdptlIfpChannel"/> over the call's started <see cref="UdptlSocketSession"/>). The caller of a
/// call sends and the answerer receives, as T.30 here has it.
/// </summary>
public sealed class T38Terminal(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Sends <paramref name="pages"/> as the calling terminal.</summary>
    public async Task<T38CallResult> SendAsync(IReadOnlyList<FaxPage> pages, T38TerminalOptions options, IIfpChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(channel);
        var call = new T38Call(T30Session.CreateCaller(SessionOptions(options), new FaxPageSource(pages)), channel, options, _time);
        var session = await call.RunAsync(cancellationToken).ConfigureAwait(false);
        return new T38CallResult(FaxCallResult.FromSession(session, pages, []), channel.Statistics);
    }

    /// <summary>Receives a document as the answering terminal.</summary>
    public async Task<T38CallResult> ReceiveAsync(T38TerminalOptions options, IIfpChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(channel);
        var call = new T38Call(T30Session.CreateAnswerer(SessionOptions(options)), channel, options, _time);
        var session = await call.RunAsync(cancellationToken).ConfigureAwait(false);
        return new T38CallResult(FaxCallResult.FromSession(session, null, call.ReceivedPages), channel.Statistics);
    }

    private static T30Options SessionOptions(T38TerminalOptions options) => new()
    {
        LocalIdentity = options.LocalIdentity,
        Capabilities = options.Capabilities,
        Timers = options.Timers,
        MeasureEcmPage = ReceivedPageDecoder.Measure,
    };
}
