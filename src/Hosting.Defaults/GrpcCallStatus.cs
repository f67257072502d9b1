using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Groupus.Hosting.Defaults;

/// <summary>The gRPC status a finished call answered with: a failed gRPC call is still HTTP 200.</summary>
internal static class GrpcCallStatus
{
    public static bool IsGrpc(HttpContext context) =>
        context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true;

    public static bool TryRead(HttpContext context, out int code)
    {
        // In the trailers after a response; in the headers of a trailers-only answer (a call refused at once).
        var status = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers["grpc-status"] ?? default;
        if (status.Count == 0)
        {
            status = context.Response.Headers["grpc-status"];
        }

        return int.TryParse(status.ToString(), out code);
    }
}
