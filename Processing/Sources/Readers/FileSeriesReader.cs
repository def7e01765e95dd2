using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// ParaView's reader proxies (vtkFileSeriesReader around a VTK reader, and vtkPVDReader): one file, a
/// series of files, or a .series file listing them, whose time steps (TimestepValues) are as
/// <see cref="SeriesSteps"/> describes; read through an <see cref="IDataFileStore"/>. Point and cell array selections (PointArrayStatus/CellArrayStatus,
/// name and 0/1 pairs; arrays not named are read) leave unselected arrays out of the output.
/// </summary>
public sealed class FileSeriesReader : Algorithm, IFileReader
{
    private readonly string _className;
    private readonly ReaderKind _kind;
    private readonly IDataFileStore _files;
    private readonly HeaderCache _headers;
    private readonly Lock _stepsLock = new();
    private SeriesSteps? _steps;
    private IReadOnlyList<string> _fileNames = [];
    private IReadOnlyList<string> _pointArrayStatus = [];
    private IReadOnlyList<string> _cellArrayStatus = [];

    /// <param name="className">The VTK class the proxy names (vtkFileSeriesReader, vtkPVDReader), used in progress and errors.</param>
    /// <param name="kind">What the wrapped reader reads: its data set type and file extensions.</param>
    /// <param name="files">Where the files come from.</param>
    public FileSeriesReader(string className, ReaderKind kind, IDataFileStore files)
        : base(numberOfInputPorts: 0, numberOfOutputPorts: 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(className);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(files);
        _className = className;
        _kind = kind;
        _files = files;
        _headers = new HeaderCache(files);
    }

    public override string ClassName => _className;

    public ReaderKind Kind => _kind;

    /// <summary>The files, one per time step ("FileNames"/"FileName": AddFileName, repeated).</summary>
    [Command("AddFileName")]
    public IReadOnlyList<string> FileNames
    {
        get => _fileNames;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            SetList(ref _fileNames, value);
        }
    }

    /// <summary>A single file (the readers whose FileName calls SetFileName, e.g. PVDReader).</summary>
    [Command("SetFileName")]
    public string? FileName
    {
        get => _fileNames.Count > 0 ? _fileNames[0] : null;
        set => SetList(ref _fileNames, string.IsNullOrEmpty(value) ? [] : [value]);
    }

    /// <summary>Point arrays to read, as (name, "0"/"1") pairs; arrays not named are read.</summary>
    [Command("SetPointArrayStatus")]
    public IReadOnlyList<string> PointArrayStatus
    {
        get => _pointArrayStatus;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            SetList(ref _pointArrayStatus, value);
        }
    }

    /// <summary>Cell arrays to read, as (name, "0"/"1") pairs; arrays not named are read.</summary>
    [Command("SetCellArrayStatus")]
    public IReadOnlyList<string> CellArrayStatus
    {
        get => _cellArrayStatus;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            SetList(ref _cellArrayStatus, value);
        }
    }

    /// <summary>PVDReader's table columns: accepted as ParaView does; the data sets OrleansPV reads have no table rows to select.</summary>
    [Command("SetColumnArrayStatus")]
    public IReadOnlyList<string> ColumnArrayStatus { get; set; } = [];

    /// <summary>
    /// The steps of the files (see <see cref="SeriesSteps"/>; an XML series' headers are read once, then
    /// cached); a single .pvd has the steps it declares (read from its header once, then cached).
    /// </summary>
    public override TimeInformation? Time
    {
        get
        {
            IReadOnlyList<double> steps;
            try
            {
                if (_fileNames.Count == 0)
                {
                    return null;
                }

                steps = _fileNames.Count == 1 && VtkFormats.Of(DisplayName(_fileNames[0])) == VtkFormat.Collection
                    ? (_headers.Cached(_fileNames[0]) ?? ReadHeader(CancellationToken.None)).TimeSteps
                    : Steps(CancellationToken.None).TimeSteps;
            }
            catch (AlgorithmException)
            {
                // An unreadable file has no steps; the update that reads it reports why.
                return null;
            }

            return steps.Count == 0 ? null : new TimeInformation(steps, steps[0], steps[^1]);
        }
    }

    /// <summary>
    /// The first file's header (type, counts, arrays, time steps) without reading its arrays, as the
    /// Info properties need it; cached until the file changes. Blocks on I/O: call on a processing thread.
    /// </summary>
    public VtkFileInformation ReadHeader(CancellationToken cancellationToken)
    {
        // The steps are worked out here, on a processing thread, so Time serves them later without I/O.
        string path = Steps(cancellationToken).Files[0];
        return CheckType(HeaderOf(path, cancellationToken), path);
    }

    /// <summary>ParaView's Reload Files: the next update reads the files again even when no property changed.</summary>
    public void Reload()
    {
        _headers.Clear();
        ClearSteps();
        Modified();
    }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        RequireFiles();
        SeriesSteps steps = Steps(context.CancellationToken);
        string path = steps.FileAt(context.UpdateTime);
        bool single = _fileNames.Count == 1 && !SeriesFile.IsSeries(_fileNames[0]);
        context.ReportProgress(0, $"Reading {DisplayName(path)}");
        DataSet data = Wrap(path, () =>
        {
            var resolver = new StoreFileResolver(_files, context.CancellationToken);
            string local = resolver.Local(path);
            var options = new VtkReadOptions
            {
                Resolver = resolver,
                Time = single ? context.UpdateTime : null,
                PointArrays = Selected(_pointArrayStatus, path, static h => h.PointArrays, context.CancellationToken),
                CellArrays = Selected(_cellArrayStatus, path, static h => h.CellArrays, context.CancellationToken),
            };
            return DataSetReader.Read(local, options, context.CancellationToken);
        });
        context.ThrowIfCancellationRequested();
        CheckType(data.DataSetType, path);

        // Legacy files are read whole (ParaView's legacy reader has no array selection); other readers' unselected arrays were never decoded.
        ArraySelection.Apply(data.PointData, _pointArrayStatus);
        ArraySelection.Apply(data.CellData, _cellArrayStatus);
        if (steps.TimeSteps.Count > 0)
        {
            // vtkFileSeriesReader's output is at the time asked for (none when no time was asked).
            data.DataTime = context.UpdateTime;
        }

        return [data];
    }

    /// <summary>The arrays to decode: null (all) unless the status turns some off; then the header's arrays without those.</summary>
    private string[]? Selected(IReadOnlyList<string> status, string path, Func<VtkFileInformation, IReadOnlyList<VtkArrayInformation>> arrays, CancellationToken cancellationToken)
    {
        IReadOnlySet<string> disabled = ArraySelection.Disabled(status);
        if (disabled.Count == 0)
        {
            return null;
        }

        return [.. arrays(HeaderOf(path, cancellationToken)).Select(static a => a.Name).Where(name => !disabled.Contains(name))];
    }

    private VtkFileInformation HeaderOf(string path, CancellationToken cancellationToken)
        => Wrap(path, () => _headers.Get(
            path,
            () =>
            {
                var resolver = new StoreFileResolver(_files, cancellationToken);
                return DataSetReader.ReadInformation(resolver.Local(path), new VtkReadOptions { Resolver = resolver });
            },
            cancellationToken));

    /// <summary>The files and their time steps, worked out once per file list (and again after Reload Files).</summary>
    private SeriesSteps Steps(CancellationToken cancellationToken)
    {
        lock (_stepsLock)
        {
            if (_steps is not null)
            {
                return _steps;
            }
        }

        IReadOnlyList<string> files = RequireFiles();
        SeriesSteps steps = files.Count == 1 && SeriesFile.IsSeries(files[0])
            ? SeriesSteps.FromSeriesFile(ReadSeriesFile(files[0], cancellationToken))
            : SeriesSteps.FromFiles(files, file => OwnTime(file, cancellationToken));
        lock (_stepsLock)
        {
            return _steps ??= steps;
        }
    }

    /// <summary>A file's own time: a serial XML file's TimeValue (from its header); legacy and composite files have none.</summary>
    private double? OwnTime(string file, CancellationToken cancellationToken)
        => VtkFormats.Of(DisplayName(file)) == VtkFormat.Xml && HeaderOf(file, cancellationToken).TimeSteps is [double time, ..] ? time : null;

    private (string File, double Time)[] ReadSeriesFile(string path, CancellationToken cancellationToken)
        => Wrap(path, () => SeriesFile.Read(_files.LocalPath(path, cancellationToken), DisplayName(path))
            .Select(e => (_files.Combine(path, e.Name), e.Time)).ToArray());

    private void ClearSteps()
    {
        lock (_stepsLock)
        {
            _steps = null;
        }
    }

    private static string DisplayName(string path) => path.Contains("://", StringComparison.Ordinal) ? path[(path.LastIndexOf('/') + 1)..] : Path.GetFileName(path);

    private IReadOnlyList<string> RequireFiles()
        => _fileNames.Count == 0 ? throw new AlgorithmException(ClassName, "FileName is not set.") : _fileNames;

    private T Wrap<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DataFileAccessException ex)
        {
            throw new AlgorithmException(ClassName, $"cannot open {ex.Message}", ex);
        }
        catch (VtkFileFormatException ex)
        {
            throw new AlgorithmException(ClassName, $"cannot read '{path}': {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new AlgorithmException(ClassName, $"cannot read '{path}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new AlgorithmException(ClassName, $"cannot read '{path}': {ex.Message}", ex);
        }
    }

    private VtkFileInformation CheckType(VtkFileInformation information, string path)
    {
        CheckType(information.DataSetType, path);
        return information;
    }

    private void CheckType(string actual, string path)
    {
        if (_kind.DataSetType is { } required && actual != required)
        {
            throw new AlgorithmException(ClassName, $"'{path}' holds {actual}; {_kind.Label} reads {required}.");
        }
    }

    private void SetList(ref IReadOnlyList<string> field, IReadOnlyList<string> value)
    {
        if (!field.SequenceEqual(value, StringComparer.Ordinal))
        {
            field = [.. value];
            _headers.Clear();
            ClearSteps();
            Modified();
        }
    }
}
