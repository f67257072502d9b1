namespace Groupus.Contracts.Communications;

public enum ContactChannel
{
    Email = 1,
    TextMessage = 2,
}
