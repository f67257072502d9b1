using Google.Protobuf;
using Google.Protobuf.Reflection;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.IntegrationTests.Support;
using Grpc.Core;

namespace Groupus.IntegrationTests.Edge;

/// <summary>
/// Calls every RPC as organisation A's owner with requests that name organisation B's data, and proves that no RPC
/// returns, changes or reveals the existence of B's data: foreign ids are NOT_FOUND (never PERMISSION_DENIED, which
/// would confirm they exist), operations for staff only are refused outright, and no response quotes B.
/// </summary>
public sealed class TenantIsolationTests
{
    private static readonly string[] AccountsTables =
        ["accounts_organisations", "accounts_customer_users", "accounts_gateway_credentials", "accounts_phone_numbers", "accounts_service_configurations", "accounts_service_configuration_versions"];

    [Fact]
    public async Task No_rpc_returns_changes_or_reveals_another_organisations_data()
    {
        await using var server = await TestServer.StartAsync();
        var support = await server.StaffAsync("sue", "support");
        var a = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Alpha Widgets Ltd", "alice-alpha");
        var b = await CustomerOrganisations.WithSignedInUserAsync(server, support, "Bravo Gadgets Ltd", "bob-bravo");
        var bMember = await CustomerOrganisations.AddSignedInUserAsync(server, support, b.OrganisationId, "bea-bravo", "member");
        var bNumber = await new NumberService.NumberServiceClient(server.Channel).AssignNumberAsync(
            new AssignNumberRequest { OrganisationId = b.OrganisationId, Number = "+442079461234", Purpose = NumberPurpose.Fax }, support.Headers);
        var bIds = new Dictionary<string, string>
        {
            ["organisation_id"] = b.OrganisationId,
            ["user_id"] = bMember.UserId,
            ["number_id"] = bNumber.Id,
        };
        string[] bSecrets = [b.OrganisationId, b.UserId, bMember.UserId, bNumber.Id, bNumber.Number, "Bravo", "bob-bravo", "bea-bravo"];

        var invoker = server.Channel.CreateCallInvoker();
        var findings = new List<string>();
        var checkedCustomerRpcs = 0;
        foreach (var rpc in EveryRpcDeclaresItsPolicyTests.AllRpcs())
        {
            var name = $"{rpc.Service.FullName}/{rpc.Name}";
            if (EveryRpcDeclaresItsPolicyTests.IsAnonymous(rpc))
            {
                continue;
            }

            var staffOnly = (await RpcCalls.CallAsync(invoker, rpc, RpcCalls.EmptyRequest(rpc), a.Headers)).Status == StatusCode.PermissionDenied;
            var request = ForeignRequest(rpc, bIds);
            var before = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, AccountsTables);
            var (status, response) = await RpcCalls.CallAsync(invoker, rpc, request, a.Headers);
            var after = await DatabaseSnapshot.TakeAsync(server.DatabaseFile, AccountsTables);

            if (staffOnly && status != StatusCode.PermissionDenied)
            {
                findings.Add($"{name}: staff-only but answered {status} to a customer");
            }

            var namesForeignData = rpc.InputType.Fields.InDeclarationOrder().Any(f => bIds.ContainsKey(f.Name));
            if (!staffOnly && namesForeignData)
            {
                checkedCustomerRpcs++;
                if (status != StatusCode.NotFound)
                {
                    findings.Add($"{name}: answered {status} for another organisation's id (must be NotFound)");
                }
            }

            if (response is not null && bSecrets.FirstOrDefault(JsonFormatter.Default.Format(response).Contains) is { } leaked)
            {
                findings.Add($"{name}: the response quotes organisation B ({leaked})");
            }

            if (StripOwnChanges(before, a) != StripOwnChanges(after, a))
            {
                findings.Add($"{name}: changed stored data while refusing or answering for another organisation");
            }
        }

        Assert.True(findings.Count == 0, string.Join('\n', findings));
        Assert.True(checkedCustomerRpcs >= 6, $"Only {checkedCustomerRpcs} customer RPCs were exercised with foreign ids.");

        // And B's own owner still sees B: the refusals were about A, not a broken service.
        var own = await b.Organisations.GetOrganisationAsync(new GetOrganisationRequest(), b.Headers);
        Assert.Equal("Bravo Gadgets Ltd", own.LegalName);
    }

    /// <summary>A's login bookkeeping (last login, version) may change; nothing else may.</summary>
    private static string StripOwnChanges(string snapshot, CustomerSession a) =>
        string.Join('\n', snapshot.Split('\n').Where(line => !line.StartsWith(a.UserId, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A request that is valid in every other respect and names B's data wherever it takes an id.</summary>
    private static IMessage ForeignRequest(MethodDescriptor rpc, IReadOnlyDictionary<string, string> foreignIds)
    {
        var request = RpcCalls.EmptyRequest(rpc);
        Fill(request, foreignIds);
        return request;
    }

    private static void Fill(IMessage message, IReadOnlyDictionary<string, string> foreignIds)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.IsRepeated)
            {
                continue;
            }

            // "number" beside "number_id" is the same key spelt another way: name the entity once, by its id.
            if (message.Descriptor.FindFieldByName(field.Name + "_id") is not null)
            {
                continue;
            }

            switch (field.FieldType)
            {
                case FieldType.String:
                    field.Accessor.SetValue(message, PlausibleText(field.Name, foreignIds));
                    break;
                case FieldType.Message when field.MessageType.FullName == PostalAddress.Descriptor.FullName:
                    field.Accessor.SetValue(message, CustomerOrganisations.Address());
                    break;
            }
        }
    }

    private static string PlausibleText(string field, IReadOnlyDictionary<string, string> foreignIds) => field switch
    {
        _ when foreignIds.TryGetValue(field, out var id) => id,
        _ when field.EndsWith("_id", StringComparison.Ordinal) => foreignIds["organisation_id"],
        "username" => $"tenant-{Guid.NewGuid():N}"[..20],
        "role" => "member",
        "company_number" => "01234567",
        _ when field.Contains("email", StringComparison.Ordinal) => "tenant.test@example.com",
        _ when field.Contains("phone", StringComparison.Ordinal) || field.EndsWith("number", StringComparison.Ordinal) => "+442079460999",
        _ when field.Contains("password", StringComparison.Ordinal) => "tenant test passphrase",
        _ => "Tenant Test",
    };
}
