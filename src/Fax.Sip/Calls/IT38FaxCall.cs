using Groupus.Fax.T30.Calls;

namespace Groupus.Fax.Sip.Calls;

/// <summary>
/// The fax procedure of one call once T.38 is negotiated (the T.38 terminal on our T.30 engine implements it). Its result
/// is the call's: the user agent sends BYE as soon as it returns, and cancels it when the peer hangs up or goes silent.
/// </summary>
public interface IT38FaxCall
{
    Task<FaxCallResult> RunAsync(T38CallContext call, CancellationToken cancellationToken);
}
