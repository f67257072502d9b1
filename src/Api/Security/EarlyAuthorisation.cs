using System.Reflection;
using Groupus.Api.Grpc.Errors;
using Groupus.Application.Common.Security;

namespace Groupus.Api.Security;

/// <summary>
/// For calls with a request stream: applies the access policy of the message the stream will become before a byte of
/// the body is read, so a stranger cannot make the server buffer an upload only to be refused at the end. The pipeline
/// still checks again when the message is sent.
/// </summary>
public static class EarlyAuthorisation
{
    public static void Demand<TMessage>(ICurrentUser caller)
    {
        if (AccessPolicyEvaluator.Check(Policy<TMessage>.Attribute, caller) is { } refusal)
        {
            throw new ResultFailureException(refusal);
        }
    }

    private static class Policy<TMessage>
    {
        public static readonly AccessPolicyAttribute? Attribute = typeof(TMessage).GetCustomAttribute<AccessPolicyAttribute>();
    }
}
