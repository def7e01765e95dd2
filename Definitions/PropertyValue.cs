using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace OrleansPV.Definitions;

/// <summary>
/// The immutable value of one property: typed elements of its <see cref="Kind"/>, or for a
/// proxy property with a proxy-list domain a pending selection by name
/// (<see cref="SelectedProxyName"/>). Equal values have equal kinds and equal elements.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private PropertyValue(
        PropertyKind kind,
        ImmutableArray<int> ints,
        ImmutableArray<double> doubles,
        ImmutableArray<long> ids,
        ImmutableArray<string> strings,
        ImmutableArray<ProxyReference> proxies,
        string? selectedProxyName)
    {
        Kind = kind;
        Ints = ints;
        Doubles = doubles;
        Ids = ids;
        Strings = strings;
        Proxies = proxies;
        SelectedProxyName = selectedProxyName;
    }

    public PropertyKind Kind { get; }

    public ImmutableArray<int> Ints { get; }

    public ImmutableArray<double> Doubles { get; }

    public ImmutableArray<long> Ids { get; }

    public ImmutableArray<string> Strings { get; }

    public ImmutableArray<ProxyReference> Proxies { get; }

    /// <summary>
    /// For <see cref="PropertyKind.Proxy"/>: the name of the proxy-list domain entry to select
    /// (e.g. "Plane"); the owner of the proxy creates or picks that sub-proxy.
    /// </summary>
    public string? SelectedProxyName { get; }

    /// <summary>The number of elements in the array of this value's kind.</summary>
    public int Count => Kind switch
    {
        PropertyKind.Int => Ints.Length,
        PropertyKind.Double => Doubles.Length,
        PropertyKind.IdType => Ids.Length,
        PropertyKind.String => Strings.Length,
        _ => Proxies.Length,
    };

    public static PropertyValue OfInts(params int[] values) =>
        new(PropertyKind.Int, [.. values], [], [], [], [], null);

    public static PropertyValue OfDoubles(params double[] values) =>
        new(PropertyKind.Double, [], [.. values], [], [], [], null);

    public static PropertyValue OfIds(params long[] values) =>
        new(PropertyKind.IdType, [], [], [.. values], [], [], null);

    public static PropertyValue OfStrings(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
        }

        return new(PropertyKind.String, [], [], [], [.. values], [], null);
    }

    /// <summary>Proxy references for a <c>ProxyProperty</c>.</summary>
    public static PropertyValue OfProxies(params ProxyReference[] values) =>
        new(PropertyKind.Proxy, [], [], [], [], [.. values], null);

    /// <summary>Pipeline connections for an <c>InputProperty</c>.</summary>
    public static PropertyValue OfInputs(params ProxyReference[] values) =>
        new(PropertyKind.Input, [], [], [], [], [.. values], null);

    /// <summary>A pending selection, by name, of an entry of a proxy-list domain.</summary>
    public static PropertyValue OfSelectedProxy(string proxyName)
    {
        ArgumentException.ThrowIfNullOrEmpty(proxyName);
        return new(PropertyKind.Proxy, [], [], [], [], [], proxyName);
    }

    /// <summary>A value of the given kind with no elements.</summary>
    public static PropertyValue Empty(PropertyKind kind) => new(kind, [], [], [], [], [], null);

    public int[] AsInts() => [.. Ints];

    public double[] AsDoubles() => [.. Doubles];

    public bool Equals(PropertyValue? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Kind == other.Kind
            && string.Equals(SelectedProxyName, other.SelectedProxyName, StringComparison.Ordinal)
            && Ints.AsSpan().SequenceEqual(other.Ints.AsSpan())
            && Doubles.AsSpan().SequenceEqual(other.Doubles.AsSpan())
            && Ids.AsSpan().SequenceEqual(other.Ids.AsSpan())
            && Strings.AsSpan().SequenceEqual(other.Strings.AsSpan())
            && Proxies.AsSpan().SequenceEqual(other.Proxies.AsSpan());
    }

    public override bool Equals(object? obj) => Equals(obj as PropertyValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(SelectedProxyName, StringComparer.Ordinal);
        foreach (var v in Ints)
        {
            hash.Add(v);
        }

        foreach (var v in Doubles)
        {
            hash.Add(v);
        }

        foreach (var v in Ids)
        {
            hash.Add(v);
        }

        foreach (var v in Strings)
        {
            hash.Add(v, StringComparer.Ordinal);
        }

        foreach (var v in Proxies)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(PropertyValue? left, PropertyValue? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(PropertyValue? left, PropertyValue? right) => !(left == right);

    /// <summary>Readable form, e.g. <c>Int[-10, 10]</c>, <c>String["0", "RTData"]</c>, <c>Proxy[select "Plane"]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Kind).Append('[');
        switch (Kind)
        {
            case PropertyKind.Int:
                AppendJoined(text, Ints, static v => v.ToString(CultureInfo.InvariantCulture));
                break;
            case PropertyKind.Double:
                AppendJoined(text, Doubles, static v => v.ToString("R", CultureInfo.InvariantCulture));
                break;
            case PropertyKind.IdType:
                AppendJoined(text, Ids, static v => v.ToString(CultureInfo.InvariantCulture));
                break;
            case PropertyKind.String:
                AppendJoined(text, Strings, static v => "\"" + v + "\"");
                break;
            default:
                if (SelectedProxyName is not null)
                {
                    text.Append("select \"").Append(SelectedProxyName).Append('"');
                }
                else
                {
                    AppendJoined(text, Proxies, static v => v.ToString());
                }

                break;
        }

        return text.Append(']').ToString();
    }

    private static void AppendJoined<T>(StringBuilder text, ImmutableArray<T> values, Func<T, string> format)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(format(values[i]));
        }
    }
}
