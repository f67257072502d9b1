namespace Groupus.FaxGateway.Tests.Service;

/// <summary>Hands the test's <see cref="FakeCore"/> to the gRPC services Kestrel creates.</summary>
internal sealed class FakeCoreHolder
{
    public FakeCore Core { get; set; } = null!;
}
