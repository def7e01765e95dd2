using System.Globalization;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>ParaView's array status lists: (name, "0"/"1") pairs; an array named with "0" is left out, every other array is read.</summary>
public static class ArraySelection
{
    /// <summary>The names a status list turns off.</summary>
    public static IReadOnlySet<string> Disabled(IReadOnlyList<string> status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < status.Count; i += 2)
        {
            if (int.TryParse(status[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int on) && on == 0)
            {
                disabled.Add(status[i]);
            }
        }

        return disabled;
    }

    /// <summary>Removes the arrays <paramref name="status"/> turns off.</summary>
    public static void Apply(ArrayCollection arrays, IReadOnlyList<string> status)
    {
        ArgumentNullException.ThrowIfNull(arrays);
        foreach (string name in Disabled(status))
        {
            arrays.Remove(name);
        }
    }

    /// <summary>The Info property's value: every array's name with its status ("1" unless turned off), as ParaView's ArraySelectionInformationHelper fills it.</summary>
    public static string[] Information(IEnumerable<string> names, IReadOnlyList<string> status)
    {
        ArgumentNullException.ThrowIfNull(names);
        IReadOnlySet<string> disabled = Disabled(status);
        return [.. names.SelectMany(name => new[] { name, disabled.Contains(name) ? "0" : "1" })];
    }
}
