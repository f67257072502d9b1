namespace Groupus.Domain.Privacy.Requests;

public enum RequestStepState
{
    Pending = 1,
    Done = 2,
}
