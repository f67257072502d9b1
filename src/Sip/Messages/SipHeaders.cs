using System.Collections;

namespace Groupus.Sip.Messages;

/// <summary>An immutable, ordered list of header fields; lookups ignore case and compact forms.</summary>
public sealed class SipHeaders : IReadOnlyList<SipHeader>
{
    private readonly SipHeader[] _headers;

    public static SipHeaders Empty { get; } = new([]);

    private SipHeaders(SipHeader[] headers) => _headers = headers;

    public static SipHeaders From(IEnumerable<SipHeader> headers) =>
        new([.. headers.Select(h => new SipHeader(SipHeaderNames.Normalise(h.Name), h.Value))]);

    public int Count => _headers.Length;

    public SipHeader this[int index] => _headers[index];

    /// <summary>The first value of the header, or null.</summary>
    public string? Get(string name)
    {
        var canonical = SipHeaderNames.Normalise(name);
        foreach (var header in _headers)
        {
            if (string.Equals(header.Name, canonical, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>Every value of the header, in order (list headers are already one entry per element).</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        var canonical = SipHeaderNames.Normalise(name);
        return [.. _headers.Where(h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)];
    }

    public bool Contains(string name) => Get(name) is not null;

    /// <summary>A copy with the value appended after the existing ones.</summary>
    public SipHeaders Add(string name, string value) => new([.. _headers, new SipHeader(SipHeaderNames.Normalise(name), value)]);

    /// <summary>A copy with the value inserted before every other header (a new top Via, for example).</summary>
    public SipHeaders Prepend(string name, string value) => new([new SipHeader(SipHeaderNames.Normalise(name), value), .. _headers]);

    /// <summary>A copy where the header has this single value, in place of the first old one (or at the end).</summary>
    public SipHeaders Set(string name, string value)
    {
        var canonical = SipHeaderNames.Normalise(name);
        var result = new List<SipHeader>(_headers.Length + 1);
        bool placed = false;
        foreach (var header in _headers)
        {
            if (!string.Equals(header.Name, canonical, StringComparison.OrdinalIgnoreCase))
            {
                result.Add(header);
            }
            else if (!placed)
            {
                result.Add(new SipHeader(canonical, value));
                placed = true;
            }
        }

        if (!placed)
        {
            result.Add(new SipHeader(canonical, value));
        }

        return new([.. result]);
    }

    /// <summary>A copy with the first value of the header replaced (the top Via, for example).</summary>
    public SipHeaders ReplaceFirst(string name, string value)
    {
        var canonical = SipHeaderNames.Normalise(name);
        var copy = (SipHeader[])_headers.Clone();
        int index = Array.FindIndex(copy, h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return Add(canonical, value);
        }

        copy[index] = new SipHeader(canonical, value);
        return new(copy);
    }

    /// <summary>A copy without the first value of the header.</summary>
    public SipHeaders RemoveFirst(string name)
    {
        var canonical = SipHeaderNames.Normalise(name);
        int index = Array.FindIndex(_headers, h => string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? this : new([.. _headers[..index], .. _headers[(index + 1)..]]);
    }

    public SipHeaders Remove(string name)
    {
        var canonical = SipHeaderNames.Normalise(name);
        return new([.. _headers.Where(h => !string.Equals(h.Name, canonical, StringComparison.OrdinalIgnoreCase))]);
    }

    public IEnumerator<SipHeader> GetEnumerator() => ((IEnumerable<SipHeader>)_headers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _headers.GetEnumerator();
}
