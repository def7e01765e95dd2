using System.Collections.Immutable;

namespace OrleansPV.Definitions;

/// <summary><c>StringListDomain</c>: every element is one of the listed strings.</summary>
public sealed class StringListDomain : Domain
{
    public StringListDomain(string name, ImmutableArray<string> strings)
        : base("StringListDomain", name)
    {
        Strings = strings;
    }

    public ImmutableArray<string> Strings { get; }

    public override string? FindViolation(PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Kind != PropertyKind.String || Strings.IsEmpty)
        {
            return null;
        }

        var count = value.Count;
        for (var i = 0; i < count; i++)
        {
            var element = value.Strings[i];
            if (!Strings.Contains(element, StringComparer.Ordinal))
            {
                return $"{Describe(i, count, $"'{element}'")} is not one of {string.Join(", ", Strings.Select(static s => $"'{s}'"))}";
            }
        }

        return null;
    }
}
