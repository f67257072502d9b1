namespace Groupus.IntegrationTests.Support;

/// <summary>Waits for background work (the outbox dispatcher) to produce an expected state, within a generous bound.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, int attempts = 200)
    {
        var value = await read();
        for (var attempt = 0; attempt < attempts && !done(value); attempt++)
        {
            await Task.Delay(50);
            value = await read();
        }

        return done(value) ? value : throw new Xunit.Sdk.XunitException($"The expected state was not reached; last value: {value}");
    }
}
