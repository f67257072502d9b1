namespace Groupus.Contracts.Privacy;

/// <summary>
/// Whether we decide why the data is processed (controller) or process it on a customer's instructions (processor):
/// the notice refers requests about a customer's communications to that customer.
/// </summary>
public enum ProcessingRole
{
    Controller,
    Processor,
}
