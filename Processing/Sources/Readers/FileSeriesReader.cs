using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.IO;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>
/// ParaView's reader proxies (vtkFileSeriesReader around a VTK reader, and vtkPVDReader): one file, or
/// a series of files that becomes time steps 0, 1, 2… (TimestepValues), read through an
/// <see cref="IDataFileStore"/>. Point and cell array selections (PointArrayStatus/CellArrayStatus,
/// name and 0/1 pairs; arrays not named are read) leave unselected arrays out of the output.
/// </summary>
public sealed class FileSeriesReader : Algorithm, IFileReader
{
    private readonly string _className;
    private readonly ReaderKind _kind;
    private readonly IDataFileStore _files;
    private readonly HeaderCache _headers;
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

    /// <summary>A series of two or more files is time steps 0, 1, … (vtkFileSeriesReader without time in the files).</summary>
    public override TimeInformation? Time
        => _fileNames.Count > 1 ? new TimeInformation([.. Enumerable.Range(0, _fileNames.Count).Select(static i => (double)i)], 0, _fileNames.Count - 1) : null;

    /// <summary>
    /// The first file's header (type, counts, arrays) without reading its arrays, as the Info
    /// properties need it; cached until the file changes. Blocks on I/O: call on a processing thread.
    /// </summary>
    public VtkFileInformation ReadHeader(CancellationToken cancellationToken)
    {
        string path = RequireFiles()[0];
        return Wrap(path, () => CheckType(_headers.Get(path, stream => DataSetReader.ReadInformation(stream, DisplayName(path)), cancellationToken), path));
    }

    /// <summary>ParaView's Reload Files: the next update reads the files again even when no property changed.</summary>
    public void Reload()
    {
        _headers.Clear();
        Modified();
    }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<string> files = RequireFiles();
        int index = StepIndex(files.Count, context.UpdateTime);
        string path = files[index];
        context.ReportProgress(0, $"Reading {DisplayName(path)}");
        DataSet data = Wrap(path, () =>
        {
            using Stream stream = _files.Open(path, context.CancellationToken);
            return DataSetReader.Read(stream, DisplayName(path), context.CancellationToken);
        });
        context.ThrowIfCancellationRequested();
        CheckType(data.DataSetType, path);
        ArraySelection.Apply(data.PointData, _pointArrayStatus);
        ArraySelection.Apply(data.CellData, _cellArrayStatus);
        if (files.Count > 1)
        {
            data.DataTime = index;
        }

        return [data];
    }

    /// <summary>The step at or before <paramref name="time"/> (the first before step 0, the last after the end), as vtkFileSeriesReader picks it.</summary>
    private static int StepIndex(int count, double? time)
    {
        if (count == 1 || time is not { } t)
        {
            return 0;
        }

        return (int)Math.Clamp(Math.Floor(t), 0, count - 1);
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
            Modified();
        }
    }
}
