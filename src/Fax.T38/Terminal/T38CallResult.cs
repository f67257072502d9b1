using Groupus.Fax.Imaging;
using Groupus.Fax.T30.Calls;

namespace Groupus.Fax.T38.Terminal;

/// <summary>The end of a T.38 call: the call result every transport returns, and the T.38 side's statistics.</summary>
public sealed record T38CallResult(FaxCallResult Call, T38CallStatistics Statistics)
{
    /// <summary>Receiving: the pages kept, decoded, in order.</summary>
    public IReadOnlyList<FaxPage> ReceivedPages => [.. Call.Pages.Where(page => page.Accepted && page.Image is not null).Select(page => page.Image!)];
}
