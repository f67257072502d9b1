using Groupus.Api.Grpc.Gateway.V1;

namespace Groupus.FaxGateway.Link;

/// <summary>A message waiting to go to the core; <see cref="Job"/> is set for a job's progress and end, which survive a reconnect.</summary>
internal sealed record PendingMessage(GatewayMessage Message, JobLease? Job);
