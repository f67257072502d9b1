namespace Groupus.Application.Identity.Passwords;

/// <summary>
/// Lets one password check at a time run per account (striped by id, so memory stays bounded): parallel guesses
/// meet the lockout one by one, so a burst gets no more verdicts than the limit allows within this process.
/// </summary>
public sealed class AccountGate
{
    private const int Stripes = 256;
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> EnterAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(accountId.GetHashCode() & int.MaxValue) % Stripes];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
