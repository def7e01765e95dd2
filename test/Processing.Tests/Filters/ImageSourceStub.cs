using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>A test source that hands out a fixed data set.</summary>
internal sealed class ImageSourceStub(DataSet data) : Algorithm(0, 1)
{
    public override string ClassName => "TestSource";

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context) => [data];
}
