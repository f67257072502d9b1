namespace Groupus.Cli.Commands.Fax;

/// <summary>Where one page of a fax job is, as shown while the job is followed.</summary>
internal enum FaxPageStatus
{
    Pending,
    Sending,
    Confirmed,
    Refused,
}
