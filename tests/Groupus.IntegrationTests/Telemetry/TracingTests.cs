using System.Diagnostics;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using OpenTelemetry.Trace;

namespace Groupus.IntegrationTests.Telemetry;

/// <summary>
/// Traces of the real server, taken by an in-memory exporter beside the OTLP one: each call is a server span named by
/// its RPC and status, with its database commands as child spans, and no personal data in any span. Activity
/// listeners are process-wide, so this runs alone (the metrics collection) and reads only its own call's trace.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class TracingTests
{
    private const string Name = "Kim Tracer";
    private const string Email = "kim.tracer@example.co.uk";
    private const string ParameterSwitch = "OTEL_DOTNET_EXPERIMENTAL_EFCORE_ENABLE_TRACE_DB_QUERY_PARAMETERS";
    private const string Conventions = "OTEL_SEMCONV_STABILITY_OPT_IN";

    [Fact]
    public async Task A_call_is_a_server_span_with_its_rpc_and_status_and_its_database_commands_as_children_without_personal_data()
    {
        var spans = new RecordedSpans();
        // EF Core's switch for recording parameter values (under the current database conventions), on as an operator
        // might set it: they must still not appear. Both are read from the environment when the server starts; this
        // collection runs alone, so no other server sees them.
        Environment.SetEnvironmentVariable(ParameterSwitch, "true");
        Environment.SetEnvironmentVariable(Conventions, "database");
        TestServer server;
        try
        {
            server = await TestServer.StartWithAsync(
                services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
                // Tracing is on with OTLP configured; nothing listens there (port 9, discard) and the exporter gives up quietly.
                settings: "Telemetry:Otlp:Endpoint=http://127.0.0.1:9");
        }
        finally
        {
            Environment.SetEnvironmentVariable(ParameterSwitch, null);
            Environment.SetEnvironmentVariable(Conventions, null);
        }

        await using var running = server;
        var admin = await server.AdminAsync();
        var organisation = await CustomerOrganisations.RegisterAsync(admin, "Tracer Widgets Ltd");

        await new CustomerUserService.CustomerUserServiceClient(server.Channel).CreateCustomerUserAsync(new CreateCustomerUserRequest
        {
            OrganisationId = organisation.Id,
            Username = "kim-tracer",
            DisplayName = Name,
            WorkEmail = Email,
            WorkPhone = "020 7946 0777",
            Role = "owner",
            InitialPassword = "initial password 123",
        }, admin.Headers);
        var call = await Eventually.ValueAsync(
            () => Task.FromResult(spans.Snapshot().FirstOrDefault(s => s.Kind == ActivityKind.Server && Equals(s.GetTagItem("rpc.method"), "CreateCustomerUser"))),
            span => span is not null);
        var trace = spans.Snapshot().Where(s => s.TraceId == call!.TraceId).ToList();
        var database = trace.Where(s => s.Kind == ActivityKind.Client && DescendsFrom(s, call!, trace)).ToList();

        Assert.Equal("grpc", call!.GetTagItem("rpc.system"));
        Assert.Equal("groupus.accounts.v1.CustomerUserService", call.GetTagItem("rpc.service"));
        Assert.Equal(0, call.GetTagItem("rpc.grpc.status_code"));
        Assert.NotEmpty(database);
        Assert.Contains(database, s => Text(s).Contains("INSERT", StringComparison.OrdinalIgnoreCase));
        var everything = string.Join('\n', trace.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName)));
        Assert.DoesNotContain("db.query.parameter.", everything, StringComparison.Ordinal);
        foreach (var personal in (string[])[Name, Email, "7946 0777", "79460777", "kim-tracer", "initial password"])
        {
            Assert.DoesNotContain(personal, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Text(Activity span) =>
        $"{span.GetTagItem("db.query.text")}{span.GetTagItem("db.statement")}";

    private static bool DescendsFrom(Activity span, Activity ancestor, IReadOnlyList<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default;)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            parent = trace.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default;
        }

        return false;
    }
}
