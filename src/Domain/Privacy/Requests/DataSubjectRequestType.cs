namespace Groupus.Domain.Privacy.Requests;

/// <summary>The rights the notice grants that a data-subject request exercises.</summary>
public enum DataSubjectRequestType
{
    Access = 1,
    Rectification = 2,
    Erasure = 3,
    Restriction = 4,
    Objection = 5,
    Portability = 6,
}
