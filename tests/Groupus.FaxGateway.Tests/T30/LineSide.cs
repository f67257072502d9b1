namespace Groupus.FaxGateway.Tests.T30;

internal enum LineSide
{
    Caller,
    Answerer,
}
