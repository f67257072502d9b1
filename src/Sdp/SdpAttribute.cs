namespace Groupus.Sdp;

/// <summary>An <c>a=</c> line: a name and, for <c>a=name:value</c>, a value (null for a bare flag <c>a=name</c>).</summary>
public sealed record SdpAttribute(string Name, string? Value)
{
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";
}
