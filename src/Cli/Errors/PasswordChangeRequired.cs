using System.Text.RegularExpressions;
using Google.Rpc;
using Grpc.Core;

namespace Groupus.Cli.Errors;

/// <summary>Recognises the server saying the account must change its password before it may log in.</summary>
internal static partial class PasswordChangeRequired
{
    public const string Reason = "PASSWORD_CHANGE_REQUIRED";

    public static bool Matches(RpcException exception) =>
        exception.StatusCode == StatusCode.FailedPrecondition
        && (exception.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason == Reason || MessageSaysSo().IsMatch(exception.Status.Detail));

    [GeneratedRegex(
        @"password\s+(change\s+(is\s+)?required|must\s+be\s+changed)|(must|need\s+to|required\s+to)\s+change\s+(your\s+|the\s+|its\s+|their\s+)?password",
        RegexOptions.IgnoreCase)]
    private static partial Regex MessageSaysSo();
}
