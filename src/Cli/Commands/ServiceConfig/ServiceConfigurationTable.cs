using System.Globalization;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.ServiceConfig;

internal static class ServiceConfigurationTable
{
    public static IRenderable[] Of(ServiceConfiguration configuration, LocalTime time) =>
    [
        Say.Line($"Version {configuration.Version}, saved by {configuration.SavedByUsername} at {time.Short(configuration.SavedAt)}."),
        TableBuilder.Build(configuration.Products, "No products.",
            ("Product", p => p.ProductCode),
            ("Seats", p => p.Seats.ToString(CultureInfo.InvariantCulture))),
        TableBuilder.Build(configuration.FeatureFlags, "No feature flags.",
            ("Feature flag", f => f.Name),
            ("Enabled", f => f.Enabled ? "on" : "off")),
    ];

    public static IRenderable History(IReadOnlyCollection<ServiceConfiguration> versions, LocalTime time) =>
        TableBuilder.Build(versions, "No configuration has been saved yet.",
            ("Version", v => v.Version.ToString(CultureInfo.InvariantCulture)),
            ("Saved by", v => v.SavedByUsername),
            ("Saved at", v => time.Short(v.SavedAt)),
            ("Products", v => string.Join(", ", v.Products.Select(p => $"{p.ProductCode}×{p.Seats}"))),
            ("Flags on", v => string.Join(", ", v.FeatureFlags.Where(f => f.Enabled).Select(f => f.Name))));
}
