namespace Groupus.IntegrationTests.Privacy.Doubles;

/// <summary>Throws (as if the process were killed) on the k-th effectful call it sees, once; names every call it saw.</summary>
public sealed class CrashSwitch(int crashAtCall)
{
    private int _calls;

    public List<string> Calls { get; } = [];

    public bool Crashed { get; private set; }

    /// <summary>The call it died at, once it has.</summary>
    public string? CrashedAt { get; private set; }

    public void Tick(string what)
    {
        lock (Calls)
        {
            _calls++;
            if (_calls == crashAtCall && !Crashed)
            {
                Crashed = true;
                CrashedAt = what;
                throw new IOException($"simulated crash at call {_calls} ({what})");
            }

            Calls.Add(what);
        }
    }
}
