using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.ExtractSurface;

namespace OrleansPV.Grains.RenderService.Binding;

/// <summary>What a geometry representation draws: poly data as it is, any other dataset's surface (Extract Surface).</summary>
public static class SurfaceGeometry
{
    public static PolyData From(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data is PolyData poly)
        {
            return poly;
        }

        var surface = new SurfaceFilter();
        surface.SetInputConnection(new DataSetProducer(data));
        return (PolyData)Executive.Update(surface);
    }
}
