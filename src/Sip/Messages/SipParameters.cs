using System.Text;

namespace Groupus.Sip.Messages;

/// <summary>Immutable, ordered <c>;name=value</c> parameters (URI or header); names compare case-insensitively.</summary>
public sealed class SipParameters
{
    private readonly (string Name, string? Value)[] _items;

    public static SipParameters Empty { get; } = new([]);

    private SipParameters((string Name, string? Value)[] items) => _items = items;

    public int Count => _items.Length;

    public IEnumerable<(string Name, string? Value)> Items => _items;

    /// <summary>Parses what follows the first ';' (e.g. <c>branch=z9hG4bK1;rport</c>); null on an empty or invalid name.</summary>
    public static SipParameters? Parse(string text)
    {
        if (text.Length == 0)
        {
            return Empty;
        }

        var parts = SipText.SplitOutside(text, ';');
        if (parts is null)
        {
            return null;
        }

        var items = new (string, string?)[parts.Count];
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? part : part[..equals]).Trim();
            if (!SipText.IsToken(name))
            {
                return null;
            }

            items[i] = (name, equals < 0 ? null : part[(equals + 1)..].Trim());
        }

        return new(items);
    }

    public bool Contains(string name) => Array.FindIndex(_items, p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) >= 0;

    /// <summary>The value, or null when absent or a bare flag.</summary>
    public string? Get(string name)
    {
        int index = Array.FindIndex(_items, p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : _items[index].Value;
    }

    public SipParameters Set(string name, string? value)
    {
        int index = Array.FindIndex(_items, p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            return new([.. _items, (name, value)]);
        }

        var copy = ((string, string?)[])_items.Clone();
        copy[index] = (name, value);
        return new(copy);
    }

    public SipParameters Remove(string name) => new([.. _items.Where(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))]);

    /// <summary>Each parameter with its leading ';'.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in _items)
        {
            builder.Append(';').Append(name);
            if (value is not null)
            {
                builder.Append('=').Append(value);
            }
        }

        return builder.ToString();
    }
}
