using Groupus.Domain.Common;

namespace Groupus.Domain.Numbering;

/// <summary>A closed organisation takes no new numbers (prospects may: numbers are often reserved before go-live).</summary>
public sealed class NumbersGoOnlyToOpenOrganisationsRule(NumberHolder holder) : IBusinessRule
{
    public string Code => "ORGANISATION_CLOSED";

    public string Message => "The organisation is closed; numbers cannot be assigned to it.";

    public bool IsBroken() => holder.IsClosed;
}
