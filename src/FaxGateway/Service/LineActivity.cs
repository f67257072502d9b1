namespace Groupus.FaxGateway.Service;

/// <summary>What a line is doing; only a line that is listening (no call yet) may be given a job.</summary>
internal enum LineActivity
{
    Starting,
    Listening,
    Receiving,
    Sending,
    OutOfService,
}
