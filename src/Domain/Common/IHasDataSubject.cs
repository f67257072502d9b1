namespace Groupus.Domain.Common;

/// <summary>
/// A record about one person, enrolled in the privacy register. Its text fields marked <see cref="PersonalDataAttribute"/>
/// (and those of the types it owns) are stored encrypted under that person's key, so destroying the key erases them
/// everywhere, backups included.
/// </summary>
public interface IHasDataSubject
{
    /// <summary>The person the record is about; Guid.Empty until enrolled.</summary>
    Guid DataSubjectId { get; }
}
