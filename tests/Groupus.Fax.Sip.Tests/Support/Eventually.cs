namespace Groupus.Fax.Sip.Tests.Support;

/// <summary>Waits for a condition (generous: the machine may be very busy), never for a fixed time.</summary>
internal static class Eventually
{
    public static Task True(Func<bool> condition, string what, int seconds = 60) => True(condition, () => what, seconds);

    /// <summary>As above, the message built only on failure (e.g. a peer's output at that moment).</summary>
    public static async Task True(Func<bool> condition, Func<string> what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"still not true after {seconds} s: {what()}");
            await Task.Delay(50);
        }
    }
}
