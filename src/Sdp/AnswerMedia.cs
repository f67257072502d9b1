namespace Groupus.Sdp;

/// <summary>The answer's m-lines, one per offered m-line in the same order.</summary>
public sealed record AnswerMedia(IReadOnlyList<MediaDescription> Media);
