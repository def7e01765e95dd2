using OrleansPV.Processing.DataModel;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Dispatches the image contourer on the element type of the contoured array (component 0).</summary>
internal static class ImageContour
{
    public static ContourPieces Run(ImageData image, DataArray scalars, ImageContourSettings settings, ExecutionContext context) => scalars switch
    {
        DataArray<float> f => new ImageContourer<float>(image, f, 0, settings).Run(context),
        DataArray<double> d => new ImageContourer<double>(image, d, 0, settings).Run(context),
        DataArray<int> i => new ImageContourer<int>(image, i, 0, settings).Run(context),
        DataArray<long> l => new ImageContourer<long>(image, l, 0, settings).Run(context),
        DataArray<byte> b => new ImageContourer<byte>(image, b, 0, settings).Run(context),
        _ => throw new NotSupportedException($"Array '{scalars.Name}' has an unsupported type {scalars.ScalarType}."),
    };
}
