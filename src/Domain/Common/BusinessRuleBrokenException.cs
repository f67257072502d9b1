namespace Groupus.Domain.Common;

public sealed class BusinessRuleBrokenException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;
}
