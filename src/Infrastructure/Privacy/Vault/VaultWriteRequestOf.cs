using System.Runtime.ExceptionServices;
using Microsoft.Data.Sqlite;

namespace Groupus.Infrastructure.Privacy.Vault;

internal sealed class VaultWriteRequestOf<T>(Func<SqliteConnection, T> work, bool erasesKeys) : VaultWriteRequest
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;
    private ExceptionDispatchInfo? _thrown;

    public Task<T> Task => _completion.Task;

    public override bool ErasesKeys => erasesKeys;

    public override void Run(SqliteConnection connection)
    {
        _thrown = null;
        try
        {
            _result = work(connection);
        }
        catch (Exception exception)
        {
            _thrown = ExceptionDispatchInfo.Capture(exception);
            throw;
        }
    }

    public override void Committed()
    {
        if (_thrown is not null)
        {
            _completion.TrySetException(_thrown.SourceException);
        }
        else
        {
            _completion.TrySetResult(_result!);
        }
    }

    public override void Failed(Exception failure) => _completion.TrySetException(failure);
}
