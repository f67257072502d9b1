namespace Groupus.Domain.Privacy.Requests;

/// <summary>What one step of a request's plan does in one module.</summary>
public enum RequestStepAction
{
    Export = 1,
    Rectify = 2,
    Restrict = 3,
    Erase = 4,
    DestroyKey = 5,
    Package = 6,
}
