using Groupus.Application.Common.Results;

namespace Groupus.Api.Grpc.Errors;

/// <summary>Carries a failed result from a service method to the error interceptor, which alone turns it into a status.</summary>
public sealed class ResultFailureException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
