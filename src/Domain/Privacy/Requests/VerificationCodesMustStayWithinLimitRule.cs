using System.Globalization;
using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>At most a few codes per request in a window: codes are not a way to flood a person's inbox or phone.</summary>
public sealed class VerificationCodesMustStayWithinLimitRule(int sentInWindow, int limit, TimeSpan window) : IBusinessRule
{
    public string Code => "IDENTITY_CODE_LIMIT_REACHED";

    public string Message =>
        $"{limit} code(s) were already sent for this request in the last {Describe(window)}: wait before sending another, or ask the person to use one already sent.";

    public bool IsBroken() => sentInWindow >= limit;

    private static string Describe(TimeSpan window) => window.TotalMinutes >= 60 && window.TotalMinutes % 60 == 0
        ? (window.TotalHours == 1 ? "hour" : string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours} hours"))
        : string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes} minutes");
}
