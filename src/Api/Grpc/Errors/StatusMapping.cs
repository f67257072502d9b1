using System.Text;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Groupus.Application.Common.Results;
using Grpc.Core;

namespace Groupus.Api.Grpc.Errors;

/// <summary>The one place where a use case's error becomes a gRPC status with rich details (google.rpc.Status).</summary>
public static class StatusMapping
{
    public const string ErrorDomain = "groupus";

    public static StatusCode CodeFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCode.InvalidArgument,
        ErrorKind.NotFound => StatusCode.NotFound,
        ErrorKind.AlreadyExists => StatusCode.AlreadyExists,
        ErrorKind.BusinessRule => StatusCode.FailedPrecondition,
        ErrorKind.Concurrency => StatusCode.Aborted,
        ErrorKind.Unauthenticated => StatusCode.Unauthenticated,
        ErrorKind.Forbidden => StatusCode.PermissionDenied,
        ErrorKind.Unavailable => StatusCode.Unavailable,
        ErrorKind.ResourceExhausted => StatusCode.ResourceExhausted,
        _ => StatusCode.Internal,
    };

    public static RpcException ToRpcException(Error error)
    {
        var violations = error.Violations.Select(v => (Field: ToProtoFieldPath(v.Field), v.Description)).ToList();
        var status = new Google.Rpc.Status
        {
            Code = (int)CodeFor(error.Kind),
            // Clients that show only the message (grpcurl, logs of other services) still learn which fields are wrong.
            Message = error.Kind == ErrorKind.Invalid
                ? $"{error.Message} {string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}"))}"
                : error.Message,
            Details = { Any.Pack(new ErrorInfo { Reason = error.Code, Domain = ErrorDomain }) },
        };
        if (violations.Count > 0)
        {
            var badRequest = new BadRequest();
            badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
            status.Details.Add(Any.Pack(badRequest));
        }

        return status.ToRpcException();
    }

    public static RpcException Internal(string reference) => new Google.Rpc.Status
    {
        Code = (int)StatusCode.Internal,
        Message = $"An internal error occurred. Quote this reference to support: {reference}",
    }.ToRpcException();

    /// <summary>Command property paths (VisitorName, Roles[0]) become proto field paths (visitor_name, roles[0]).</summary>
    public static string ToProtoFieldPath(string propertyPath)
    {
        var path = new StringBuilder(propertyPath.Length + 8);
        for (var i = 0; i < propertyPath.Length; i++)
        {
            var c = propertyPath[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && char.IsLetterOrDigit(propertyPath[i - 1]))
                {
                    path.Append('_');
                }

                path.Append(char.ToLowerInvariant(c));
            }
            else
            {
                path.Append(c);
            }
        }

        return path.ToString();
    }
}
