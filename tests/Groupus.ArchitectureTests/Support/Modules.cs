namespace Groupus.ArchitectureTests.Support;

/// <summary>The modules of the monolith. Adding a module is adding its name here.</summary>
public static class Modules
{
    public static readonly string[] All = ["Identity", "Customers", "Partners", "Sales", "Numbering", "Visitors", "Communications", "Fax", "Privacy"];

    /// <summary>The layers a module has a namespace in: <c>Groupus.&lt;Layer&gt;.&lt;Module&gt;</c>. Every module has all of these.</summary>
    public static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "Api"];

    /// <summary>Layers a module may also occupy (its migrations); they obey the same boundaries but need not exist.</summary>
    public static readonly string[] OptionalLayers = ["Migrations.Sqlite", "Migrations.SqlServer"];

    /// <summary>Second-level namespaces that are shared kernels or plumbing, not modules.</summary>
    public static readonly string[] SharedKernels =
    [
        "Groupus.Domain.Common",
        "Groupus.Application.Common",
        "Groupus.Infrastructure.Persistence",
        "Groupus.Infrastructure.Messaging",
        "Groupus.Infrastructure.Security",
        "Groupus.Infrastructure.Common",
        "Groupus.Api.Hosting",
        "Groupus.Api.Security",
        "Groupus.Api.Grpc",
    ];

    /// <summary>Matches the shared kernels' namespaces and their children.</summary>
    public static string SharedKernelPattern =>
        $@"^({string.Join("|", SharedKernels.Select(k => k.Replace(".", @"\.", StringComparison.Ordinal)))})(\.|$)";

    /// <summary>The prefix of a module's table names: <c>visitors_</c> for Visitors (ModuleDbContext.Module).</summary>
    public static string TablePrefix(string module) => module.ToLowerInvariant() + "_";

    /// <summary>
    /// Tables that kept their name when their module was carved out of another (ADR 0042, 0050, 0054): the name carries
    /// the old module's prefix, the table belongs to the new module. Accounts itself is gone: every accounts_ table is here.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> KeptTableNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["accounts_resellers"] = "Partners",
        ["accounts_prospects"] = "Sales",
        ["accounts_prospect_follow_ups"] = "Sales",
        ["accounts_marketing_subscriptions"] = "Sales",
        ["accounts_marketing_consents"] = "Sales",
        ["accounts_marketing_sends"] = "Sales",
        ["accounts_phone_numbers"] = "Numbering",
        ["accounts_staff"] = "Identity",
        ["accounts_customer_users"] = "Identity",
        ["accounts_gateway_credentials"] = "Identity",
        ["accounts_sign_in_events"] = "Identity",
        ["accounts_organisations"] = "Customers",
        ["accounts_service_configurations"] = "Customers",
        ["accounts_service_configuration_versions"] = "Customers",
    };

    /// <summary>
    /// Matches the names of a module's tables: its prefix (less the kept names another module now owns) and the kept
    /// names it owns.
    /// </summary>
    public static string TablePattern(string module)
    {
        var prefix = TablePrefix(module);
        var givenAway = KeptTableNames.Where(t => t.Value != module && t.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Key[prefix.Length..]).ToList();
        var own = givenAway.Count == 0 ? $@"{prefix}\w+" : $@"{prefix}(?!(?:{string.Join("|", givenAway)})\b)\w+";
        var kept = KeptTableNames.Where(t => t.Value == module).Select(t => $@"{t.Key}\b");
        return $@"\b(?:{string.Join("|", kept.Prepend(own))})";
    }

    /// <summary>Every ordered pair of distinct modules (module, other module).</summary>
    public static TheoryData<string, string> Pairs()
    {
        var pairs = new TheoryData<string, string>();
        foreach (var module in All)
        {
            foreach (var other in All.Where(o => o != module))
            {
                pairs.Add(module, other);
            }
        }

        return pairs;
    }

    public static TheoryData<string, string> ModulesAndLayers()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in All)
        {
            foreach (var layer in Layers)
            {
                data.Add(module, layer);
            }
        }

        return data;
    }

    /// <summary>Namespaces of the module's internals, e.g. <c>Groupus.Domain.Identity</c> (not its contracts).</summary>
    public static IReadOnlyList<string> InternalNamespaces(string module) =>
        Layers.Concat(OptionalLayers).Select(layer => $"Groupus.{layer}.{module}").ToList();

    /// <summary>Matches the module's internal namespaces and their children, and nothing that merely starts with the same letters.</summary>
    public static string InternalNamespacePattern(string module) =>
        $@"^Groupus\.({string.Join("|", Layers.Concat(OptionalLayers).Select(l => l.Replace(".", @"\.", StringComparison.Ordinal)))})\.{module}(\.|$)";

    public static string NamespacePattern(string layer, string module) =>
        $@"^Groupus\.{layer.Replace(".", @"\.", StringComparison.Ordinal)}\.{module}(\.|$)";
}
