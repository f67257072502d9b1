using Groupus.Api.Grpc.Privacy.V1;
using Grpc.Core;

namespace Groupus.IntegrationTests.Support;

/// <summary>A signed-in member of staff with the privacy service's client.</summary>
public sealed class PrivacySession(StaffSession staff)
{
    public Metadata Headers => staff.Headers;

    public PrivacyService.PrivacyServiceClient Privacy { get; } = new(staff.Channel);
}
