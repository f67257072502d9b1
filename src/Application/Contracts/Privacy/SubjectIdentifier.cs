using System.Globalization;
using System.Text;

namespace Groupus.Contracts.Privacy;

/// <summary>
/// One way of naming a data subject, normalised so that the same person written two ways is one identifier: e-mail
/// trimmed and lower case; phone as given (callers pass E.164); a customer user id in "D" form; name and company with
/// runs of white space collapsed, lower case, joined by '|'. Only the privacy module's blind index ever stores it.
/// </summary>
public sealed record SubjectIdentifier
{
    private SubjectIdentifier(SubjectIdentifierKind kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    public SubjectIdentifierKind Kind { get; }

    /// <summary>
    /// Whether this identifier names one person on its own (an e-mail address, a customer user id), so enrolment may
    /// join it to the subject it already names. A phone number (a switchboard) or a name at a company can be shared by
    /// several people: those only make a person a candidate, never the same subject.
    /// </summary>
    public bool IsStrong => Kind is SubjectIdentifierKind.Email or SubjectIdentifierKind.CustomerUserId;

    /// <summary>The normalised value. Personal data: never log it.</summary>
    public string Value { get; }

    public static SubjectIdentifier Email(string email) => new(SubjectIdentifierKind.Email, email.Trim().ToLowerInvariant());

    public static SubjectIdentifier Phone(string e164) => new(SubjectIdentifierKind.Phone, e164.Trim());

    public static SubjectIdentifier CustomerUser(Guid customerUserId) => new(SubjectIdentifierKind.CustomerUserId, customerUserId.ToString("D"));

    public static SubjectIdentifier NameAndCompany(string name, string? company) =>
        new(SubjectIdentifierKind.NameAndCompany, Collapse(name) + "|" + Collapse(company ?? ""));

    public override string ToString() => $"{Kind}:<redacted>";

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
