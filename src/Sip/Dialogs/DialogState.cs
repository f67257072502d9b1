namespace Groupus.Sip.Dialogs;

/// <summary>Dialogs are created confirmed (by a 2xx); early dialogs are not kept.</summary>
public enum DialogState
{
    Confirmed,
    Terminated,
}
