using Microsoft.Extensions.Configuration;

namespace Groupus.Infrastructure.Persistence.Coordination;

/// <summary>
/// This process among the server nodes sharing a database: the configured <c>Groupus:NodeName</c> (the machine's name
/// by default) and a random instance suffix, so two processes given the same name by mistake still hold leases apart.
/// </summary>
public sealed class NodeIdentity(IConfiguration configuration)
{
    public const string NameSetting = "Groupus:NodeName";

    /// <summary>e.g. <c>core-2/5f0c…</c>; at most 193 characters.</summary>
    public string Id { get; } = $"{Truncated(configuration[NameSetting] is { Length: > 0 } name ? name : Environment.MachineName)}/{Guid.NewGuid():N}";

    private static string Truncated(string name) => name.Length <= 160 ? name : name[..160];
}
