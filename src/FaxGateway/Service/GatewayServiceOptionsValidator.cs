using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Service;

/// <summary>Checks the service mode's settings at start-up and names the setting that is wrong. Never repeats a secret.</summary>
public sealed partial class GatewayServiceOptionsValidator : IValidateOptions<GatewayServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckCore(options, failures);
        CheckDialling(options, failures);
        if (string.IsNullOrWhiteSpace(options.SpoolDirectory))
        {
            failures.Add("Gateway:SpoolDirectory is required: received faxes wait there until the core has them (e.g. /var/spool/groupus-gateway).");
        }

        if (options.ListenCycleSeconds is < 1 or > 3600)
        {
            failures.Add("Gateway:ListenCycleSeconds must be between 1 and 3600.");
        }

        if (options.OutOfServiceRetrySeconds is < 1 or > 3600)
        {
            failures.Add("Gateway:OutOfServiceRetrySeconds must be between 1 and 3600.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckCore(GatewayServiceOptions options, List<string> failures)
    {
        var core = options.Core;
        if (!Uri.TryCreate(core.Address, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Gateway:Core:Address must be the core's gRPC address, e.g. https://core.example.net:5081.");
        }
        else if (address.Scheme == Uri.UriSchemeHttp && !IsLoopback(address))
        {
            failures.Add($"Gateway:Core:Address: plain http is allowed only on loopback; use https for {address.Host}.");
        }

        if (string.IsNullOrWhiteSpace(core.GatewayId))
        {
            failures.Add("Gateway:Core:GatewayId is required (the id shown by 'groupus gateways issue').");
        }

        if (core.Secret.Length > 0 == core.SecretFile.Length > 0)
        {
            failures.Add("Gateway:Core: give exactly one of Secret and SecretFile.");
        }
        else if (core.SecretFile.Length > 0 && !File.Exists(core.SecretFile))
        {
            failures.Add($"Gateway:Core:SecretFile: {core.SecretFile} does not exist or cannot be read.");
        }

        if (core.ReconnectInitialDelayMilliseconds < 1 || core.ReconnectMaxDelayMilliseconds < core.ReconnectInitialDelayMilliseconds)
        {
            failures.Add("Gateway:Core: ReconnectInitialDelayMilliseconds must be positive and not above ReconnectMaxDelayMilliseconds.");
        }

        if (core.LeaseSafetyMargin is <= 0 or >= 0.9)
        {
            failures.Add("Gateway:Core:LeaseSafetyMargin must be a share of the lease above 0 and below 0.9 (default 0.33).");
        }
    }

    private static void CheckDialling(GatewayServiceOptions options, List<string> failures)
    {
        var dialling = options.Dialling;
        if (!CountryCodePattern().IsMatch(dialling.CountryCode))
        {
            failures.Add("Gateway:Dialling:CountryCode must be 1 to 3 digits without '+', e.g. 44.");
        }

        if (!PrefixPattern().IsMatch(dialling.NationalPrefix))
        {
            failures.Add("Gateway:Dialling:NationalPrefix may hold only digits (at most 4), e.g. 0.");
        }

        if (dialling.InternationalPrefix.Length == 0 || !PrefixPattern().IsMatch(dialling.InternationalPrefix))
        {
            failures.Add("Gateway:Dialling:InternationalPrefix must be 1 to 4 digits, e.g. 00.");
        }

        if (!OutsideLinePattern().IsMatch(dialling.OutsideLinePrefix))
        {
            failures.Add("Gateway:Dialling:OutsideLinePrefix may hold only digits, '*', '#', ',' (pause) and 'W' (wait for dial tone), at most 8.");
        }
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex(@"^[1-9][0-9]{0,2}$")]
    private static partial Regex CountryCodePattern();

    [GeneratedRegex(@"^[0-9]{0,4}$")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^[0-9*#,Ww]{0,8}$")]
    private static partial Regex OutsideLinePattern();
}
