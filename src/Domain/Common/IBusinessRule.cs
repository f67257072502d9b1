namespace Groupus.Domain.Common;

/// <summary>A business rule the domain checks, named so that it reads as a sentence.</summary>
public interface IBusinessRule
{
    /// <summary>Stable, machine-readable code, e.g. VISITOR_NOT_ON_SITE.</summary>
    string Code { get; }

    string Message { get; }

    bool IsBroken();
}
