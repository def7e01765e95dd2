using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.ExtractSurface;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Grains.RenderService.Binding;

/// <summary>What a geometry representation draws: poly data as it is, any other dataset's surface (Extract Surface).</summary>
public static class SurfaceGeometry
{
    /// <param name="data">A pipeline output.</param>
    /// <param name="context">The extraction's cancellation and scheduler (default: none, the thread pool).</param>
    public static PolyData From(DataSet data, ExecutionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data is PolyData poly)
        {
            return poly;
        }

        var surface = new SurfaceFilter();
        surface.SetInputConnection(new DataSetProducer(data));
        return (PolyData)Executive.Update(surface, context);
    }
}
