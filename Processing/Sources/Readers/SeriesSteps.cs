using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// A reader's files and the time of each, as ParaView 5.11's vtkFileSeriesReader sees them: the times a
/// .series file gives, or the files' own time (a serial XML file's "TimeValue" field array; legacy files
/// have none); files without one are left out of the steps when others have one. Several files none of
/// which has a time are the steps 0, 1, 2…. An update at a time reads the file of the last step at or
/// before it (the first step before them all); an update without a time reads the first file as listed.
/// </summary>
internal sealed class SeriesSteps
{
    private readonly (string File, double Time)[] _byTime;

    private SeriesSteps(IReadOnlyList<string> files, IEnumerable<(string File, double Time)> timed)
    {
        Files = files;
        _byTime = [.. timed.OrderBy(static s => s.Time)];
        TimeSteps = [.. _byTime.Select(static s => s.Time).Distinct()];
    }

    /// <summary>The files in the order given (a .series file's entries, resolved).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Sorted distinct times (TimestepValues); empty when the data does not vary in time.</summary>
    public IReadOnlyList<double> TimeSteps { get; }

    /// <summary>Steps from a .series file's entries, each resolved against the .series file's path.</summary>
    public static SeriesSteps FromSeriesFile(IReadOnlyList<(string File, double Time)> entries)
        => new([.. entries.Select(static e => e.File)], entries);

    /// <summary>Steps of a list of files, <paramref name="timeOf"/> giving a file's own time or null.</summary>
    public static SeriesSteps FromFiles(IReadOnlyList<string> files, Func<string, double?> timeOf)
    {
        var timed = new List<(string, double)>();
        foreach (string file in files)
        {
            if (timeOf(file) is double time)
            {
                timed.Add((file, time));
            }
        }

        if (timed.Count == 0 && files.Count > 1)
        {
            timed.AddRange(files.Select(static (f, i) => (f, (double)i)));
        }

        return new SeriesSteps(files, timed);
    }

    /// <summary>The file to read for <paramref name="time"/>.</summary>
    public string FileAt(double? time)
    {
        if (time is not double t || _byTime.Length == 0)
        {
            return Files[0];
        }

        string chosen = _byTime[0].File;
        foreach ((string file, double stepTime) in _byTime)
        {
            if (stepTime <= t)
            {
                chosen = file;
            }
        }

        return chosen;
    }
}
