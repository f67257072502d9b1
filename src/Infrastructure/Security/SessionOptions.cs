namespace Groupus.Infrastructure.Security;

public sealed class SessionOptions
{
    public const string Section = "Sessions";

    /// <summary>
    /// How long a subject's session state is trusted without reading it again. Changes made by this process take
    /// effect at once; changes made by another server process sharing the database, within this interval.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
