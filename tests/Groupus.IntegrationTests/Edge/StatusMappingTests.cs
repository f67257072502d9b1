using Groupus.Api.Grpc.Errors;
using Groupus.Api.Hosting;
using Groupus.Application.Common.Results;
using Grpc.Core;
using Microsoft.Extensions.Configuration;

namespace Groupus.IntegrationTests.Edge;

public sealed class StatusMappingTests
{
    [Theory]
    [InlineData(ErrorKind.Invalid, StatusCode.InvalidArgument)]
    [InlineData(ErrorKind.NotFound, StatusCode.NotFound)]
    [InlineData(ErrorKind.AlreadyExists, StatusCode.AlreadyExists)]
    [InlineData(ErrorKind.BusinessRule, StatusCode.FailedPrecondition)]
    [InlineData(ErrorKind.Concurrency, StatusCode.Aborted)]
    [InlineData(ErrorKind.Unauthenticated, StatusCode.Unauthenticated)]
    [InlineData(ErrorKind.Forbidden, StatusCode.PermissionDenied)]
    [InlineData(ErrorKind.Unavailable, StatusCode.Unavailable)]
    [InlineData(ErrorKind.ResourceExhausted, StatusCode.ResourceExhausted)]
    public void Each_kind_of_error_has_its_status(ErrorKind kind, StatusCode expected) =>
        Assert.Equal(expected, StatusMapping.CodeFor(kind));

    [Theory]
    [InlineData("VisitorName", "visitor_name")]
    [InlineData("From", "from")]
    [InlineData("Roles[0]", "roles[0]")]
    [InlineData("HostUsername", "host_username")]
    public void Command_property_paths_become_proto_field_paths(string property, string field) =>
        Assert.Equal(field, StatusMapping.ToProtoFieldPath(property));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.0.2.10:5080")]
    public void The_server_refuses_to_listen_in_plain_text_beyond_loopback(string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kestrel:Endpoints:Grpc:Url"] = url }).Build();
        Assert.Throws<InvalidOperationException>(() => PlaintextEndpointGuard.Check(configuration));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("https://0.0.0.0:5443")]
    public void Loopback_plain_text_and_tls_anywhere_are_accepted(string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kestrel:Endpoints:Grpc:Url"] = url }).Build();
        PlaintextEndpointGuard.Check(configuration);
    }
}
