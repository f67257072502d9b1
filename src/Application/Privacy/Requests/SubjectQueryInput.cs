using Groupus.Contracts.Privacy;
using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>How staff name a person: e-mail, E.164 phone, customer user id, or name plus company. Personal data: never log it.</summary>
public sealed record SubjectQueryInput(string? Email, string? Phone, string? CustomerUserId, string? Name, string? Company)
{
    public int Count => (Email is null ? 0 : 1) + (Phone is null ? 0 : 1) + (CustomerUserId is null ? 0 : 1) + (Name is null ? 0 : 1);

    public IReadOnlyList<SubjectIdentifier> Identifiers()
    {
        var identifiers = new List<SubjectIdentifier>();
        if (Email is not null)
        {
            identifiers.Add(SubjectIdentifier.Email(Email));
        }

        if (Phone is not null)
        {
            identifiers.Add(SubjectIdentifier.Phone(Phone));
        }

        if (CustomerUserId is not null && Guid.TryParse(CustomerUserId, out var userId))
        {
            identifiers.Add(SubjectIdentifier.CustomerUser(userId));
        }

        if (Name is not null)
        {
            identifiers.Add(SubjectIdentifier.NameAndCompany(Name, Company));
        }

        return identifiers;
    }

    public override string ToString() => $"SubjectQueryInput({Count} identifier(s), redacted)";

    public static NamedIdentifier ToNamed(SubjectIdentifier identifier) => new(identifier.Kind.ToString(), identifier.Value);

    public static SubjectIdentifier? FromNamed(NamedIdentifier named) => Enum.Parse<SubjectIdentifierKind>(named.Kind) switch
    {
        SubjectIdentifierKind.Email => SubjectIdentifier.Email(named.Value),
        SubjectIdentifierKind.Phone => SubjectIdentifier.Phone(named.Value),
        SubjectIdentifierKind.CustomerUserId => SubjectIdentifier.CustomerUser(Guid.Parse(named.Value)),
        SubjectIdentifierKind.NameAndCompany => NameAndCompanyOf(named.Value),
        _ => null,
    };

    private static SubjectIdentifier NameAndCompanyOf(string value)
    {
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? SubjectIdentifier.NameAndCompany(value, null) : SubjectIdentifier.NameAndCompany(value[..bar], value[(bar + 1)..]);
    }
}
