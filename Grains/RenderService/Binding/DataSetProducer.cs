using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Grains.RenderService.Binding;

/// <summary>Hands an existing dataset to a pipeline (vtkTrivialProducer's job).</summary>
internal sealed class DataSetProducer(DataSet data) : Algorithm(0, 1)
{
    public override string ClassName => "vtkTrivialProducer";

    protected override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context) => [data];
}
