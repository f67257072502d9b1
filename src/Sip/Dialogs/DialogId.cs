namespace Groupus.Sip.Dialogs;

/// <summary>A dialog's identity (§12): Call-ID, our tag, the peer's tag.</summary>
public sealed record DialogId(string CallId, string LocalTag, string RemoteTag);
