using System.Net;
using Groupus.Fax.Sip;
using Microsoft.Extensions.Options;

namespace Groupus.FaxGateway.Sip;

/// <summary>Checks <c>Sip</c> at start-up when it is enabled and names the setting that is wrong. Never repeats a password.</summary>
public sealed class SipFaxOptionsValidator : IValidateOptions<SipFaxOptions>
{
    public ValidateOptionsResult Validate(string? name, SipFaxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add("Sip:BindAddress must be an IP address (the one our SDP and Contact state).");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add("Sip:Port must be between 0 and 65535.");
        }

        foreach (var account in options.Accounts.Where(a => string.IsNullOrWhiteSpace(a.User) || string.IsNullOrEmpty(a.Password) || string.IsNullOrWhiteSpace(a.Line)))
        {
            failures.Add($"Sip:Accounts: every ATA account needs User, Password and Line (line '{account.Line}').");
        }

        foreach (var duplicate in options.Accounts.GroupBy(a => a.User, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            failures.Add($"Sip:Accounts: user '{duplicate.Key}' is configured more than once.");
        }

        foreach (var trunk in options.Trunks.Where(t => !IPAddress.TryParse(t.Host, out _)))
        {
            failures.Add($"Sip:Trunks: trunk '{trunk.Line}' needs an IP address as Host (host names are not resolved).");
        }

        if (options.MediaTimeout <= TimeSpan.Zero || options.T38.T38ReinviteTimeout <= TimeSpan.Zero)
        {
            failures.Add("Sip:MediaTimeout and Sip:T38:T38ReinviteTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
