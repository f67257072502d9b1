namespace Groupus.Application.Common.Results;

/// <summary>The outcome of every command and query; pipeline behaviours create failures through <see cref="Failure"/>.</summary>
public interface IResult<out TSelf>
    where TSelf : IResult<TSelf>
{
    bool IsSuccess { get; }

    Error? Error { get; }

    static abstract TSelf Failure(Error error);
}
