namespace Groupus.Sdp;

/// <summary>A value or the <see cref="SdpError"/> that prevented it.</summary>
public readonly record struct SdpResult<T>(T? Value, SdpError? Error)
    where T : class
{
    public bool IsSuccess => Error is null;

    public static implicit operator SdpResult<T>(T value) => new(value, null);

    public static implicit operator SdpResult<T>(SdpError error) => new(null, error);
}
