namespace Groupus.Application.Common.Results;

/// <summary>Why a use case did not succeed; the gRPC edge maps each kind to one status code.</summary>
public enum ErrorKind
{
    Invalid,
    NotFound,
    AlreadyExists,
    BusinessRule,
    Concurrency,
    Unauthenticated,
    Forbidden,
    Unavailable,

    /// <summary>A shared resource (render slots, a queue) is full for now; trying again later may succeed.</summary>
    ResourceExhausted,
}
