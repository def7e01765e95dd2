using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.IO.Readers;

/// <summary>
/// A source that reads one VTK file (ParaView's legacy and XML reader proxies). One class serves the
/// registered VTK reader names; an XML reader insists on the data set type its class reads.
/// </summary>
public sealed class VtkFileReader : Algorithm
{
    private readonly string _className;
    private readonly string? _requiredType;
    private string? _fileName;

    /// <param name="className">The VTK class this instance stands for (vtkXMLImageDataReader…).</param>
    /// <param name="requiredType">The data set type the class produces (vtkImageData…), or null for any.</param>
    public VtkFileReader(string className, string? requiredType = null)
        : base(numberOfInputPorts: 0, numberOfOutputPorts: 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(className);
        _className = className;
        _requiredType = requiredType;
    }

    public override string ClassName => _className;

    /// <summary>The file to read.</summary>
    [Command("SetFileName")]
    public string? FileName
    {
        get => _fileName;
        set => Set(ref _fileName, value);
    }

    /// <summary>The file's structure without reading its arrays (ParaView's RequestInformation).</summary>
    public VtkFileInformation ReadInformation()
    {
        string path = RequireFileName();
        VtkFileInformation information = DataSetReader.ReadInformation(path);
        CheckType(information.DataSetType, path);
        return information;
    }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string path = RequireFileName();
        context.ReportProgress(0, $"Reading {Path.GetFileName(path)}");
        DataSet data;
        try
        {
            data = DataSetReader.Read(path, context.CancellationToken);
        }
        catch (IOException ex)
        {
            throw new AlgorithmException(ClassName, $"cannot read '{path}': {ex.Message}", ex);
        }

        context.ThrowIfCancellationRequested();
        CheckType(data.DataSetType, path);
        return [data];
    }

    private string RequireFileName()
        => string.IsNullOrEmpty(_fileName) ? throw new AlgorithmException(ClassName, "FileName is not set.") : _fileName;

    private void CheckType(string actual, string path)
    {
        if (_requiredType is not null && actual != _requiredType)
        {
            throw new AlgorithmException(ClassName, $"'{path}' holds {actual}; this reader reads {_requiredType}.");
        }
    }
}
