namespace Groupus.Infrastructure.Persistence;

/// <summary>A writer's turn at the <see cref="DatabaseWriteGate"/>; disposing it lets the next writer in.</summary>
internal readonly struct DatabaseWriteTurn(SemaphoreSlim? turn) : IDisposable
{
    public void Dispose() => turn?.Release();
}
