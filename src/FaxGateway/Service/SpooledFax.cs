namespace Groupus.FaxGateway.Service;

/// <summary>One received fax in the spool: its header and the directory holding header.json and fax.tif.</summary>
public sealed record SpooledFax(SpooledFaxHeader Header, string Directory)
{
    public string TiffPath => Path.Combine(Directory, ReceivedFaxSpool.TiffName);
}
