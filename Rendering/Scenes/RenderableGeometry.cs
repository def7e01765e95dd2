using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters;
using OrleansPV.Processing.Filters.ExtractSurface;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Rendering.Scenes;

/// <summary>
/// What a geometry representation draws for any data set: poly data as it is; the outer surface of images,
/// unstructured, structured and rectilinear grids (Extract Surface); for a multiblock, every block's surface
/// in one poly data (ParaView draws each block; arrays a block lacks draw in the NaN color).
/// </summary>
public static class RenderableGeometry
{
    public static PolyData From(DataSet data, ExecutionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        switch (data)
        {
            case PolyData poly:
                return poly;
            case MultiBlockDataSet composite:
                return PolyDataAppend.Append(composite.Leaves().Select(leaf => From(leaf, context)).ToList());
            default:
                var surface = new SurfaceFilter();
                surface.SetInputConnection(new FixedData(data));
                return (PolyData)Executive.Update(surface, context);
        }
    }

    /// <summary>Hands a data set to a pipeline.</summary>
    private sealed class FixedData(DataSet data) : Algorithm(0, 1)
    {
        public override string ClassName => "vtkTrivialProducer";

        protected override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context) => [data];
    }
}
