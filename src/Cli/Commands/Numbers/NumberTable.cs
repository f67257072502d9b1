using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Numbers;

internal static class NumberTable
{
    public static IRenderable Of(IReadOnlyCollection<PhoneNumber> numbers, string whenEmpty = "No numbers.") =>
        TableBuilder.Build(numbers, whenEmpty,
            ("Number", n => n.Number),
            ("Purpose", n => PurposeText(n.Purpose)),
            ("Status", n => StatusText(n.Status)),
            ("Label", n => n.Label),
            ("Emergency address", n => n.EmergencyAddress is null ? "" : $"{n.EmergencyAddress.Line1}, {n.EmergencyAddress.Town} {n.EmergencyAddress.Postcode}"),
            ("Registration", RegistrationText),
            ("Id", n => n.Id),
            ("Version", n => n.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IRenderable Of(PhoneNumber number) => Of([number]);

    public static string PurposeText(NumberPurpose purpose) => purpose switch
    {
        NumberPurpose.Voice => "voice",
        NumberPurpose.Fax => "fax",
        _ => "",
    };

    public static string StatusText(NumberStatus status) => status switch
    {
        NumberStatus.Released => "released",
        NumberStatus.Assigned => "assigned",
        NumberStatus.Active => "active",
        _ => "",
    };

    public static string RegistrationText(PhoneNumber number) => number.EmergencyRegistration switch
    {
        EmergencyRegistrationState.Unregistered => "unregistered",
        EmergencyRegistrationState.Pending => "pending",
        EmergencyRegistrationState.Registered => "registered",
        EmergencyRegistrationState.Failed => $"failed: {number.EmergencyRegistrationFailureReason}",
        _ => "",
    };
}
