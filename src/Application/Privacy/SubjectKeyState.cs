namespace Groupus.Application.Privacy;

/// <summary>Whether the vault holds a subject's key, destroyed it (the subject was erased), or never knew the subject.</summary>
public enum SubjectKeyState
{
    Unknown = 0,
    Active = 1,
    Erased = 2,
}
