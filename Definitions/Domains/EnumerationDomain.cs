using System.Collections.Immutable;
using System.Globalization;

namespace OrleansPV.Definitions;

/// <summary><c>EnumerationDomain</c>: named integer values (<c>Entry text value</c>).</summary>
public sealed class EnumerationDomain : Domain
{
    public EnumerationDomain(string name, ImmutableArray<EnumerationEntry> entries)
        : base("EnumerationDomain", name)
    {
        Entries = entries;
    }

    public ImmutableArray<EnumerationEntry> Entries { get; }

    /// <summary>Finds an entry by its exact text.</summary>
    public bool TryGetValue(string text, out int value)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    public bool Contains(int value)
    {
        foreach (var entry in Entries)
        {
            if (entry.Value == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Single (0), Double (1), Same as input (2)".</summary>
    public string DescribeEntries() =>
        string.Join(", ", Entries.Select(static e => $"{e.Text} ({e.Value.ToString(CultureInfo.InvariantCulture)})"));

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind != PropertyKind.Int)
        {
            return null;
        }

        var count = value.Count;
        for (var i = 0; i < count; i++)
        {
            var element = value.Ints[i];
            if (!Contains(element))
            {
                return $"{Describe(i, count, element.ToString(CultureInfo.InvariantCulture))} is not one of {DescribeEntries()}";
            }
        }

        return null;
    }
}
