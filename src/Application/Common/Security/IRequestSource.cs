namespace Groupus.Application.Common.Security;

/// <summary>Where the current request came from (the peer's address), for throttling; empty for background work.</summary>
public interface IRequestSource
{
    string Address { get; }
}
