using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Tests.Harness;
using Groupus.TestSupport.Network;

namespace Groupus.Cli.Tests;

public sealed class ErrorSpecifications : CliSpecification
{
    [Fact]
    public async Task Invalid_argument_prints_each_field_violation_and_exits_5()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<PreRegisterVisitorRequest>(new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = "The visit is not valid.",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations =
                    {
                        new BadRequest.Types.FieldViolation { Field = "visitor_name", Description = "must not be empty" },
                        new BadRequest.Types.FieldViolation { Field = "expected_at", Description = "must be in the future" },
                    },
                }),
            },
        }.ToRpcException());

        var result = await Cli.RunAsync(
            "visitors", "preregister", "--name", " ", "--company", "Acme", "--host", "bob", "--expected", "2026-11-30T10:00");

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("The server rejected the request:", result.Error);
        Assert.DoesNotContain("The visit is not valid.", result.Error);
        Assert.Contains("  visitor_name: must not be empty", result.Error);
        Assert.Contains("  expected_at: must be in the future", result.Error);
    }

    [Fact]
    public async Task Permission_denied_exits_4()
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<ListRetentionRunsRequest>(new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "Admin or privacy officer only.")));

        var result = await Cli.RunAsync("visitors", "retention-runs");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("Admin or privacy officer only.", result.Error);
    }

    [Theory]
    [InlineData(StatusCode.NotFound, 6, "No visitor is wearing badge 7.")]
    [InlineData(StatusCode.AlreadyExists, 7, "Badge 7 is already in use.")]
    [InlineData(StatusCode.Aborted, 7, "Someone else changed this record; reload and try again")]
    [InlineData(StatusCode.FailedPrecondition, 8, "The visitor has already signed out.")]
    [InlineData(StatusCode.DeadlineExceeded, 10, "did not answer in time")]
    [InlineData(StatusCode.ResourceExhausted, 14, "Every fax rendering place is taken.")]
    [InlineData(StatusCode.Internal, 1, "The server reported an error")]
    public async Task Each_server_status_has_a_stable_exit_code_and_a_clear_message(StatusCode status, int exitCode, string message)
    {
        await LoggedInAsAliceAsync();
        Backend.Fail<SignOutVisitorRequest>(new RpcException(new Grpc.Core.Status(status, status == StatusCode.Aborted ? "version mismatch" : message)));

        var result = await Cli.RunAsync("visitors", "signout", "--badge", "7");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task An_unreachable_server_exits_9_and_names_the_server()
    {
        var nobodyListens = $"http://127.0.0.1:{LoopbackPort.Free()}";
        Cli.Server = nobodyListens;

        var result = await Cli.RunAsync(["login", "--username", "alice", "--password-stdin"], "pw\n");

        Assert.Equal(9, result.ExitCode);
        Assert.Contains($"Cannot reach the Groupus server at {nobodyListens}", result.Error);
    }

    [Theory]
    [InlineData("visitors", "signin", "--badge", "4")]
    [InlineData("visitors", "signin", "--visit", "v1", "--name", "Ann", "--badge", "4")]
    [InlineData("visitors", "signout")]
    [InlineData("visitors", "preregister", "--name", "Ann", "--company", "Acme", "--host", "bob", "--expected", "tomorrow")]
    [InlineData("visitors", "history", "--from", "2026-11-30", "--to", "2026-11-01")]
    [InlineData("visitors", "history", "--from", "2026-11-01", "--to", "2026-11-30", "--page-size", "0")]
    [InlineData("staff", "create", "--username", "carol", "--name", "Carol", "--role", "wizard")]
    [InlineData("--output", "xml", "visitors", "onsite")]
    [InlineData("--server", "not a url", "visitors", "onsite")]
    [InlineData("visitors")]
    [InlineData("vistors", "onsite")]
    public async Task Bad_arguments_exit_2_without_calling_the_server(params string[] args)
    {
        await LoggedInAsAliceAsync();
        var callsBefore = Backend.Calls.Count;

        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.Equal(callsBefore, Backend.Calls.Count);
    }
}
