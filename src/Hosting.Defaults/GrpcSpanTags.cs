using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Groupus.Hosting.Defaults;

/// <summary>
/// Names a traced gRPC call the way OpenTelemetry's RPC conventions do: rpc.system, rpc.service, rpc.method and
/// rpc.grpc.status_code on the server span, which ASP.NET Core's instrumentation alone leaves as an HTTP POST.
/// </summary>
internal static class GrpcSpanTags
{
    public static void Enrich(Activity activity, HttpResponse response)
    {
        var context = response.HttpContext;
        if (!GrpcCallStatus.IsGrpc(context))
        {
            return;
        }

        activity.SetTag("rpc.system", "grpc");
        // The path is "/package.Service/Method": the RPC's name, never its arguments.
        var path = context.Request.Path.Value ?? string.Empty;
        var slash = path.LastIndexOf('/');
        if (slash > 0)
        {
            activity.SetTag("rpc.service", path[1..slash]);
            activity.SetTag("rpc.method", path[(slash + 1)..]);
        }

        if (GrpcCallStatus.TryRead(context, out var code))
        {
            activity.SetTag("rpc.grpc.status_code", code);
        }
    }
}
