namespace Groupus.Application.Common.Results;

/// <summary>The outcome of a use case that returns nothing but success or an <see cref="Results.Error"/>.</summary>
public sealed class Result : IResult<Result>
{
    private static readonly Result SuccessInstance = new(null);

    private Result(Error? error) => Error = error;

    public bool IsSuccess => Error is null;

    public Error? Error { get; }

    public static Result Success() => SuccessInstance;

    public static Result Failure(Error error) => new(error);

    public static implicit operator Result(Error error) => Failure(error);
}
