using Groupus.Application.Common.Results;

namespace Groupus.Api.Grpc.Errors;

public static class ResultExtensions
{
    public static T OrThrow<T>(this Result<T> result) => result.IsSuccess ? result.Value : throw new ResultFailureException(result.Error!);

    public static void OrThrow(this Result result)
    {
        if (!result.IsSuccess)
        {
            throw new ResultFailureException(result.Error!);
        }
    }
}
