using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Groupus.Hosting.Defaults;

/// <summary>
/// Adds the call's gRPC status code to ASP.NET Core's http.server.request.duration, so rates, latencies and errors
/// can be read per RPC (the route is the method) and per status: a failed gRPC call is still HTTP 200.
/// </summary>
internal sealed class GrpcStatusMetricTag(RequestDelegate next)
{
    public const string Tag = "rpc.grpc.status_code";

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var tags = context.Features.Get<IHttpMetricsTagsFeature>();
        if (tags is null || !GrpcCallStatus.IsGrpc(context))
        {
            return;
        }

        if (GrpcCallStatus.TryRead(context, out var code))
        {
            tags.Tags.Add(new(Tag, code));
        }
    }
}
